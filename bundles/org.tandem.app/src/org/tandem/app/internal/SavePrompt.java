package org.tandem.app.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * What closing an editor with unsaved edits does: it asks (Save, Don't Save, Cancel) in the reader's
 * language and saves through the part's {@code @Persist} method. Don't Save closes the editor and
 * keeps the edits in the workspace, unsaved: the navigator still marks the file, and Quit asks again.
 */
final class SavePrompt implements ISaveHandler {

	private final Shell shell;

	SavePrompt(Shell shell) {
		this.shell = shell;
	}

	@Override
	public boolean save(MPart dirtyPart, boolean confirm) {
		return saveParts(List.of(dirtyPart), confirm);
	}

	@Override
	public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
		Save answer = confirm ? ask(dirtyParts) : Save.YES;
		if (answer == Save.CANCEL) {
			return false;
		}
		if (answer == Save.YES) {
			for (MPart part : dirtyParts) {
				if (part.getObject() != null && part.getContext() != null) {
					ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext(), null);
				}
				if (part.isDirty()) {
					return false;
				}
			}
		}
		return true;
	}

	@Override
	public Save promptToSave(MPart dirtyPart) {
		return ask(List.of(dirtyPart));
	}

	@Override
	public Save[] promptToSave(Collection<MPart> dirtyParts) {
		Save[] answers = new Save[dirtyParts.size()];
		Arrays.fill(answers, ask(dirtyParts));
		return answers;
	}

	private Save ask(Collection<MPart> parts) {
		StringBuilder names = new StringBuilder();
		for (MPart part : parts) {
			names.append("\n  ").append(part.getLabel()); //$NON-NLS-1$
			if (part.getTooltip() != null) {
				names.append(" (").append(part.getTooltip()).append(')'); //$NON-NLS-1$
			}
		}
		MessageDialog dialog = new MessageDialog(shell, Messages.unsaved_title, null, NLS.bind(Messages.unsaved_question, names),
				MessageDialog.QUESTION, 0, Messages.unsaved_save, Messages.unsaved_discard, Messages.unsaved_cancel);
		return switch (dialog.open()) {
		case 0 -> Save.YES;
		case 1 -> Save.NO;
		default -> Save.CANCEL;
		};
	}
}
