package org.tandem.ui.sync.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.sync.api.git.SyncException;
import org.tandem.ui.sync.internal.credentials.Credentials;

import jakarta.inject.Named;

/**
 * Clone Shared Workspace… (from the welcome page and the Sync menu): copies a shared workspace
 * into an empty folder as a job with progress, then opens it in the workbench in place of the one
 * shown; the login is kept in secure storage when asked, once it worked.
 */
public class CloneHandler {

	@Execute
	void execute(MApplication app, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		ask(app.getContext(), shell);
	}

	/** Asks where from and where to, then clones; {@code application} gets the cloned workspace. */
	static void ask(IEclipseContext application, Shell shell) {
		RemoteDialog dialog = new RemoteDialog(shell, RemoteDialog.Mode.CLONE, null);
		if (dialog.open() == RemoteDialog.OK) {
			cloneInto(dialog.choice(), application, shell);
		}
	}

	/** Clones as {@code choice} says and publishes the clone in {@code application}. */
	static Job cloneInto(RemoteDialog.Choice choice, IEclipseContext application, Shell shell) {
		UISynchronize ui = application.get(UISynchronize.class);
		Path folder = Path.of(choice.folder()).toAbsolutePath();
		Credentials credentials = choice.credentials();
		Job job = Job.create(Messages.job_clone, monitor -> {
			monitor.beginTask(Messages.job_clone, 4);
			try {
				GitWorkspace.cloneFrom(choice.remote(), folder, credentials == null ? null : credentials.provider(), new GitProgress(monitor))
						.close();
				ModelWorkspace workspace = WorkspaceReload.read(folder);
				ui.asyncExec(() -> {
					new WorkspaceReload(application).publish(workspace);
					if (choice.remember()) {
						new RemoteLogin(application, shell).keep(choice.remote(), credentials);
					}
					IEventBroker events = application.get(IEventBroker.class);
					if (events != null) {
						events.post(SyncRunner.STATUS_TOPIC, NLS.bind(Messages.clone_done, folder));
					}
				});
			} catch (SyncException e) {
				String message = monitor.isCanceled() ? Messages.sync_cancelled : SyncRunner.message(e);
				ui.asyncExec(() -> MessageDialog.openError(shell, Messages.clone_title, message));
			} catch (java.io.IOException e) {
				ui.asyncExec(() -> MessageDialog.openError(shell, Messages.clone_title, NLS.bind(Messages.reload_failed, e.getMessage())));
			} finally {
				monitor.done();
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
