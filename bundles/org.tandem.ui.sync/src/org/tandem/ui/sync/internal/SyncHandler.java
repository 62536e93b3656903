package org.tandem.ui.sync.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.sync.api.git.SyncException;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.sync.internal.credentials.Credentials;

import jakarta.inject.Named;

/**
 * Sync: saves (after asking), commits, fetches, merges and pushes with the remote the workspace was
 * shared with, as a job; the login comes from secure storage or is asked. A workspace that is not
 * shared yet opens the Share dialog instead.
 */
public class SyncHandler {

	@CanExecute
	boolean canExecute(@Optional ModelEditing editing) {
		return editing != null;
	}

	@Execute
	void execute(ModelEditing editing, MApplication app, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		sync(editing, app.getContext(), shell);
	}

	/** Syncs the workspace of {@code editing}; {@code application} is the context that gets the reloaded workspace. */
	static void sync(ModelEditing editing, IEclipseContext application, Shell shell) {
		Path folder = editing.workspace().folder();
		java.util.Optional<String> remote = remoteOf(folder);
		if (remote.isEmpty()) {
			ShareHandler.share(editing, application, shell);
			return;
		}
		String url = remote.get();
		RemoteLogin login = new RemoteLogin(application, shell);
		Credentials credentials = null;
		boolean remember = false;
		if (Remotes.isHttp(url)) {
			java.util.Optional<Credentials> kept = login.kept(url);
			if (kept.isPresent()) {
				credentials = kept.get();
			} else {
				java.util.Optional<RemoteDialog.Choice> asked = login.ask(url);
				if (asked.isEmpty()) {
					return;
				}
				credentials = asked.get().credentials();
				remember = asked.get().remember();
			}
		}
		SyncRunner runner = new SyncRunner(application, shell);
		if (!runner.saveFirst(editing)) {
			return;
		}
		Credentials used = credentials;
		boolean keep = remember;
		runner.run(Messages.job_sync, folder, false,
				(workspace, monitor) -> workspace.sync(null, used == null ? null : used.provider(), workspace.configuredAuthor(), monitor), result -> {
					if (keep) {
						login.keep(url, used);
					}
				});
	}

	private static java.util.Optional<String> remoteOf(Path folder) {
		if (!Files.isDirectory(folder.resolve(".git"))) { //$NON-NLS-1$
			return java.util.Optional.empty();
		}
		try (GitWorkspace workspace = GitWorkspace.open(folder)) {
			return workspace.remoteUrl();
		} catch (SyncException e) {
			return java.util.Optional.empty();
		}
	}
}
