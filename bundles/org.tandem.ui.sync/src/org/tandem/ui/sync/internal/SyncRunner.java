package org.tandem.ui.sync.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.sync.api.git.SyncException;
import org.tandem.sync.api.git.SyncResult.Outcome;
import org.tandem.sync.api.git.SyncResult;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * Runs a Git operation on the workspace (share, sync, bundle export or import) as a cancellable
 * user job, whose progress the status line shows; afterwards, on the UI thread, says what happened,
 * reloads the workspace when files changed and shows the Sync part when conflicts wait. A failure
 * is shown in a dialog; the operation has left the workspace as it was.
 */
final class SyncRunner {

	/** The status line's topic (its String data is shown there). */
	static final String STATUS_TOPIC = "org/tandem/status"; //$NON-NLS-1$

	/** A Git operation on the opened workspace. */
	@FunctionalInterface
	interface Operation {
		SyncResult run(GitWorkspace workspace, ProgressMonitor monitor) throws SyncException;
	}

	private final IEclipseContext application;
	private final Shell shell;

	SyncRunner(IEclipseContext application, Shell shell) {
		this.application = application;
		this.shell = shell;
	}

	/**
	 * Turns typing into commands and saves every file with unsaved edits, after asking; false when
	 * the person declined (nothing is then synchronised) or a file could not be saved.
	 */
	boolean saveFirst(ModelEditing editing) {
		editing.commitPending();
		if (editing.dirty().isEmpty()) {
			return true;
		}
		StringBuilder files = new StringBuilder();
		editing.dirty().forEach(model -> files.append("\n  ").append(model.getURI().lastSegment())); //$NON-NLS-1$
		MessageDialog ask = new MessageDialog(shell, Messages.save_title, null, NLS.bind(Messages.save_question, files), MessageDialog.QUESTION,
				0, Messages.save_button, Messages.cancel_button);
		if (ask.open() != 0) {
			return false;
		}
		for (XMLResource model : editing.dirty()) {
			try {
				editing.save(model);
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.save_title, NLS.bind(Messages.save_failed, model.getURI().lastSegment(), e.getMessage()));
				return false;
			}
		}
		return true;
	}

	/**
	 * Runs {@code operation} on the workspace in {@code folder} (made a Git repository first when
	 * {@code create}) as a job named {@code name}; {@code done} hears the result on the UI thread.
	 */
	Job run(String name, Path folder, boolean create, Operation operation, Consumer<SyncResult> done) {
		UISynchronize ui = application.get(UISynchronize.class);
		Job job = Job.create(name, monitor -> {
			monitor.beginTask(name, 4);
			try (GitWorkspace workspace = create ? GitWorkspace.create(folder) : GitWorkspace.open(folder)) {
				SyncResult result = operation.run(workspace, new GitProgress(monitor));
				ModelWorkspace reread = changesFiles(result) ? WorkspaceReload.read(folder) : null;
				ui.asyncExec(() -> finished(result, reread, done));
				return Status.OK_STATUS;
			} catch (SyncException e) {
				boolean cancelled = monitor.isCanceled();
				ui.asyncExec(() -> failed(name, cancelled ? Messages.sync_cancelled : message(e)));
				return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
			} catch (IOException e) {
				ui.asyncExec(() -> failed(name, NLS.bind(Messages.reload_failed, e.getMessage())));
				return Status.OK_STATUS;
			} finally {
				monitor.done();
			}
		});
		job.setUser(true);
		job.setPriority(Job.LONG);
		job.schedule();
		return job;
	}

	private static boolean changesFiles(SyncResult result) {
		return result.outcome() == Outcome.RECEIVED || result.outcome() == Outcome.MERGED || result.outcome() == Outcome.CONFLICTS;
	}

	private void finished(SyncResult result, ModelWorkspace reread, Consumer<SyncResult> done) {
		if (reread != null) {
			new WorkspaceReload(application).publish(reread);
		}
		status(switch (result.outcome()) {
		case UP_TO_DATE -> Messages.outcome_upToDate;
		case RECEIVED -> Messages.outcome_received;
		case SENT -> Messages.outcome_sent;
		case MERGED -> Messages.outcome_merged;
		case CONFLICTS -> NLS.bind(Messages.outcome_conflicts, result.conflicts().size());
		});
		done.accept(result);
		if (result.outcome() == Outcome.CONFLICTS) {
			EPartService parts = application.get(EPartService.class);
			if (parts != null) {
				parts.showPart(SyncPart.ID, PartState.ACTIVATE);
			}
		}
		application.set(SyncPart.REFRESH, Long.valueOf(System.nanoTime()));
	}

	private void failed(String name, String message) {
		status(message);
		if (!shell.isDisposed()) {
			MessageDialog.openError(shell, name, message);
		}
	}

	private void status(String text) {
		IEventBroker events = application.get(IEventBroker.class);
		if (events != null) {
			events.post(STATUS_TOPIC, text);
		}
	}

	/** What went wrong, for people; a refused login in the workbench's words. */
	static String message(SyncException e) {
		return switch (e.reason()) {
		case AUTHENTICATION -> Messages.failure_login;
		default -> e.getMessage();
		};
	}

}
