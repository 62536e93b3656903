package org.tandem.ui.api.editing;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.StrictCompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CopyCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * EMF's paste (copy the clipboard, add the copy to the owner) with one step between: the copies get
 * new ids before they are added. References between the pasted elements point to the pasted copies
 * (EMF's copy does that); references to elements outside them stay as they were.
 */
final class PasteWithNewIds extends PasteFromClipboardCommand {

	PasteWithNewIds(EditingDomain domain, Object owner) {
		super(domain, owner, null, CommandParameter.NO_INDEX, false);
	}

	@Override
	protected boolean prepare() {
		command = new StrictCompoundCommand();
		Command copy = CopyCommand.create(domain, domain.getClipboard());
		command.append(copy);
		command.append(new AbstractCommand() {
			@Override
			protected boolean prepare() {
				return true;
			}

			@Override
			public void execute() {
				NewIds.give(copy.getResult());
			}

			@Override
			public boolean canUndo() {
				return true;
			}

			@Override
			public void undo() {
				// the copies are not in the model yet: their ids concern no one
			}

			@Override
			public void redo() {
				// the same copies, with the same new ids, are added again
			}
		});
		command.append(new CommandWrapper() {
			@Override
			protected Command createCommand() {
				return AddCommand.create(domain, owner, feature, copy.getResult(), index);
			}
		});
		return command.canExecute();
	}
}
