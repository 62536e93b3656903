package org.tandem.ui.sync.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.tandem.sync.api.git.SyncResult.Outcome;
import org.tandem.sync.api.git.SyncResult;
import org.tandem.ui.api.editing.ModelEditing;

import jakarta.inject.Named;

/** Export to Bundle File…: saves, commits and writes the workspace's whole history into a Git bundle file (for a USB stick), as a job. */
public class ExportBundleHandler {

	@CanExecute
	boolean canExecute(@Optional ModelEditing editing) {
		return editing != null;
	}

	@Execute
	void execute(ModelEditing editing, MApplication app, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		FileDialog files = new FileDialog(shell, SWT.SAVE);
		files.setText(Messages.export_title);
		files.setFilterExtensions(new String[] { "*.bundle" }); //$NON-NLS-1$
		files.setFileName("tandem.bundle"); //$NON-NLS-1$
		files.setOverwrite(true);
		String chosen = files.open();
		SyncRunner runner = new SyncRunner(app.getContext(), shell);
		if (chosen == null || !runner.saveFirst(editing)) {
			return;
		}
		Path file = Path.of(chosen);
		runner.run(Messages.job_export, editing.workspace().folder(), true, (workspace, monitor) -> {
			workspace.exportBundle(file, workspace.configuredAuthor());
			return new SyncResult(Outcome.SENT, List.of());
		}, result -> { });
	}
}
