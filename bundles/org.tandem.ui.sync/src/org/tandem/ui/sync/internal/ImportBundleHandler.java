package org.tandem.ui.sync.internal;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.tandem.ui.api.editing.ModelEditing;

import jakarta.inject.Named;

/** Import from Bundle File…: saves, commits and merges what a Git bundle file carries, as a sync does (without sending), as a job. */
public class ImportBundleHandler {

	@CanExecute
	boolean canExecute(@Optional ModelEditing editing) {
		return editing != null;
	}

	@Execute
	void execute(ModelEditing editing, MApplication app, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		FileDialog files = new FileDialog(shell, SWT.OPEN);
		files.setText(Messages.import_title);
		files.setFilterExtensions(new String[] { "*.bundle", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = files.open();
		SyncRunner runner = new SyncRunner(app.getContext(), shell);
		if (chosen == null || !runner.saveFirst(editing)) {
			return;
		}
		Path file = Path.of(chosen);
		runner.run(Messages.job_import, editing.workspace().folder(), true,
				(workspace, monitor) -> workspace.importBundle(file, workspace.configuredAuthor()), result -> { });
	}
}
