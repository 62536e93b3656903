package org.tandem.app.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tandem.ui.api.editing.ModelEditing;

import jakarta.inject.Named;

/** File &gt; Save: saves the model file of the selected element, atomically. */
public class SaveHandler {

	@CanExecute
	boolean canExecute(@Optional ModelEditing editing, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return !models(editing, selection).isEmpty();
	}

	@Execute
	void execute(@Optional ModelEditing editing, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		if (editing != null) {
			editing.commitPending();
		}
		save(editing, models(editing, selection), shell);
	}

	/** The dirty model files that the command saves. */
	List<XMLResource> models(ModelEditing editing, Object selection) {
		if (editing != null && selection instanceof EObject element && element.eResource() instanceof XMLResource model
				&& editing.isDirty(model)) {
			return List.of(model);
		}
		return List.of();
	}

	/** Saves each file; a file that cannot be written is named in a message and stays dirty. */
	static boolean save(ModelEditing editing, List<XMLResource> models, Shell shell) {
		for (XMLResource model : models) {
			try {
				editing.save(model);
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.save_failed_title, NLS.bind(Messages.save_failed, model.getURI().toFileString(), e.getMessage()));
				return false;
			}
		}
		return true;
	}
}
