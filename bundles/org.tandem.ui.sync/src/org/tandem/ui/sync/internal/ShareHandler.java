package org.tandem.ui.sync.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.tandem.sync.api.git.SyncResult.Outcome;
import org.tandem.sync.api.git.SyncResult;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.sync.internal.credentials.Credentials;

import jakarta.inject.Named;

/**
 * Share…: makes the workspace a Git repository and shares it with the remote chosen in the dialog
 * (an HTTPS URL, a folder or network share: a first sync; a Git bundle file: the whole history
 * written into it), as a job. The login is kept in secure storage when asked, once it worked.
 */
public class ShareHandler {

	@CanExecute
	boolean canExecute(@Optional ModelEditing editing) {
		return editing != null;
	}

	@Execute
	void execute(ModelEditing editing, MApplication app, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		share(editing, app.getContext(), shell);
	}

	/** Shares the workspace of {@code editing}; {@code application} is the context that gets the reloaded workspace. */
	static void share(ModelEditing editing, IEclipseContext application, Shell shell) {
		RemoteDialog dialog = new RemoteDialog(shell, RemoteDialog.Mode.SHARE, null);
		if (dialog.open() != RemoteDialog.OK) {
			return;
		}
		RemoteDialog.Choice choice = dialog.choice();
		SyncRunner runner = new SyncRunner(application, shell);
		if (!runner.saveFirst(editing)) {
			return;
		}
		Path folder = editing.workspace().folder();
		if (Remotes.isBundle(choice.remote())) {
			Path file = Path.of(choice.remote());
			runner.run(Messages.job_share, folder, true, (workspace, monitor) -> {
				workspace.exportBundle(file, workspace.configuredAuthor());
				return new SyncResult(Outcome.SENT, List.of());
			}, result -> { });
			return;
		}
		Credentials credentials = choice.credentials();
		runner.run(Messages.job_share, folder, true, (workspace, monitor) -> workspace.sync(choice.remote(),
				credentials == null ? null : credentials.provider(), workspace.configuredAuthor(), monitor), result -> {
					if (choice.remember()) {
						new RemoteLogin(application, shell).keep(choice.remote(), credentials);
					}
				});
	}
}
