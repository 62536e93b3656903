package org.tandem.app.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tandem.ui.api.editing.ModelEditing;

import jakarta.inject.Named;

/** File &gt; Quit: closes the workbench, after asking what to do with unsaved edits. */
public class QuitHandler {

	@Execute
	void execute(IWorkbench workbench, @Optional ModelEditing editing, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		if (mayClose(editing, shell)) {
			workbench.close();
		}
	}

	/** Asks whether to save the model files with unsaved edits; true when closing may go on. */
	static boolean mayClose(ModelEditing editing, Shell shell) {
		if (editing != null) {
			editing.commitPending();
		}
		List<XMLResource> dirty = editing == null ? List.of() : editing.dirty();
		if (dirty.isEmpty()) {
			return true;
		}
		StringBuilder files = new StringBuilder();
		dirty.forEach(model -> files.append("\n  ").append(model.getURI().lastSegment())); //$NON-NLS-1$
		MessageDialog ask = new MessageDialog(shell, Messages.unsaved_title, null, NLS.bind(Messages.unsaved_question, files),
				MessageDialog.QUESTION, 0, Messages.unsaved_save, Messages.unsaved_discard, Messages.unsaved_cancel);
		return switch (ask.open()) {
		case 0 -> SaveHandler.save(editing, dirty, shell);
		case 1 -> true;
		default -> false;
		};
	}
}
