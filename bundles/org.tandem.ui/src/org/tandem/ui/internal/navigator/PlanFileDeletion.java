package org.tandem.ui.internal.navigator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.ui.api.editing.ElementEditors;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * Delete on an implementation plan in the navigator: a plan is a file of its own, so it goes with
 * its file, after a question that names the plan and the file. Undo cannot bring it back; the
 * file's last saved state stays beside it as its backup, which the question names too.
 */
final class PlanFileDeletion {

	private final ModelEditing editing;
	private final ElementEditors editors;

	PlanFileDeletion(ModelEditing editing, ElementEditors editors) {
		this.editing = editing;
		this.editors = editors;
	}

	/** Whether the selection is one plan that is the root of its file. */
	static boolean applies(List<EObject> selected) {
		return selected.size() == 1 && selected.get(0) instanceof ImplementationPlan plan && plan.eContainer() == null
				&& plan.eResource() instanceof XMLResource;
	}

	/** Asks, then deletes the plan's file; false when nothing was deleted. */
	boolean confirmAndDelete(Shell shell, ImplementationPlan plan, String label) {
		XMLResource model = (XMLResource) plan.eResource();
		MessageDialog dialog = new MessageDialog(shell, Messages.navigator_deleteTitle, null, question(model, label), MessageDialog.QUESTION, 0,
				Messages.navigator_deleteButton, Messages.navigator_cancel);
		if (dialog.open() != 0) {
			return false;
		}
		if (editors != null) {
			editors.close(plan);
		}
		try {
			editing.delete(model);
			return true;
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.navigator_deleteTitle, NLS.bind(Messages.navigator_deletePlanFailed, file(model), e.getMessage()));
			return false;
		}
	}

	/** What the question says: the plan, its file, unsaved edits that would be lost, and the backup. */
	String question(XMLResource model, String label) {
		String file = file(model);
		StringBuilder question = new StringBuilder(NLS.bind(Messages.navigator_deletePlan, label, file));
		if (editing.isDirty(model)) {
			question.append(' ').append(Messages.navigator_deletePlanUnsaved);
		}
		return question.append(' ').append(NLS.bind(Messages.navigator_deletePlanBackup, file + ".bak")).toString(); //$NON-NLS-1$
	}

	/** The file's path inside the workspace, with forward slashes. */
	private String file(XMLResource model) {
		Path folder = editing.workspace().folder();
		return editing.workspace().fileOf(model).map(f -> folder.relativize(f).toString().replace('\\', '/')).orElse(String.valueOf(model.getURI()));
	}
}
