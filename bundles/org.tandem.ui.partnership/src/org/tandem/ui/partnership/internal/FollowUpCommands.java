package org.tandem.ui.partnership.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tandem.model.api.Agreement;
import org.tandem.model.api.FollowUp;
import org.tandem.model.api.TandemPackage;

/** Undoable commands that mark follow-ups of agreements as done or as open again. */
final class FollowUpCommands {

	private FollowUpCommands() {
	}

	/**
	 * Marks a follow-up, or every follow-up of an agreement, as {@code done} (or as open again);
	 * unexecutable when nothing would change.
	 */
	static Command markDone(EditingDomain domain, Object element, boolean done) {
		List<FollowUp> followUps = element instanceof Agreement agreement ? agreement.getFollowUps()
				: element instanceof FollowUp followUp ? List.of(followUp) : List.of();
		CompoundCommand marks = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL);
		followUps.stream().filter(f -> f.isDone() != done)
				.forEach(f -> marks.append(SetCommand.create(domain, f, TandemPackage.Literals.FOLLOW_UP__DONE, done)));
		return marks.isEmpty() ? UnexecutableCommand.INSTANCE : marks.unwrap();
	}
}
