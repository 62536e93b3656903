package org.tandem.app.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.api.workspace.RecoveryArea.Recovery;
import org.tandem.core.api.workspace.RecoveryArea;
import org.tandem.ui.api.editing.Autosave;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.jobs.MonitorProgress;

import jakarta.inject.Inject;

/**
 * Reads the workspace's model files in a job once the workbench shows, and then puts the
 * {@link ModelWorkspace}, and the {@link ModelEditing} that changes it, into the application
 * context, where the navigator, the welcome page and the handlers get them by injection. The
 * main window then asks before it closes with unsaved edits.
 */
public class WorkspaceLoader {

	@Inject
	private IEclipseContext application;

	@Inject
	private WorkspaceFolder folder;

	@Inject
	private UISynchronize sync;

	@Inject
	private IEventBroker events;

	/**
	 * Once the window shows (with the status line that shows the progress), the workspace loads;
	 * closing the main window asks about unsaved edits, as File &gt; Quit does, and so does closing an
	 * editor.
	 */
	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, MApplication app) {
		for (MWindow window : app.getChildren()) {
			window.getContext().set(IWindowCloseHandler.class,
					closing -> QuitHandler.mayClose(app.getContext().get(ModelEditing.class), (Shell) closing.getWidget()));
			window.getContext().set(ISaveHandler.class, new SavePrompt((Shell) window.getWidget()));
		}
		load();
	}

	/**
	 * Offers back the unsaved edits that the last session kept, when it ended without saving them;
	 * returns the workspace as it is to be used.
	 */
	private static ModelWorkspace offerRecovery(ModelWorkspace workspace, IEventBroker events) {
		RecoveryArea recovery = new RecoveryArea(workspace.folder());
		try {
			List<Recovery> pending = recovery.pending();
			if (pending.isEmpty()) {
				return workspace;
			}
			StringBuilder files = new StringBuilder();
			pending.forEach(r -> files.append("\n  ").append(workspace.folder().relativize(r.modelFile()))); //$NON-NLS-1$
			MessageDialog ask = new MessageDialog(null, Messages.recovery_title, null, NLS.bind(Messages.recovery_question, files),
					MessageDialog.QUESTION, 0, Messages.recovery_restore, Messages.recovery_discard);
			if (ask.open() == 0) {
				for (Recovery r : pending) {
					recovery.restore(r);
				}
				return ModelWorkspace.open(workspace.folder(), new ModelFiles());
			}
			for (Recovery r : pending) {
				recovery.discard(r.modelFile());
			}
		} catch (IOException e) {
			events.post(StatusLine.TOPIC, e.getMessage());
		}
		return workspace;
	}

	/**
	 * Reads the workspace as a job that shows its progress in the status line and can be
	 * cancelled there; then offers back recovered edits and publishes the workspace.
	 */
	void load() {
		Job job = Job.create(Messages.loading_job, monitor -> {
			try {
				ModelWorkspace workspace = ModelWorkspace.open(folder.path(), new ModelFiles(), new MonitorProgress(monitor));
				sync.asyncExec(() -> publish(workspace));
				return Status.OK_STATUS;
			} catch (CancellationException e) {
				events.post(StatusLine.TOPIC, Messages.loading_cancelled);
				return Status.CANCEL_STATUS;
			} catch (IOException e) {
				events.post(StatusLine.TOPIC, e.getMessage());
				return Status.OK_STATUS;
			} finally {
				monitor.done();
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void publish(ModelWorkspace workspace) {
		ModelWorkspace offered = offerRecovery(workspace, events);
		ModelEditing editing = new ModelEditing(offered, ItemProviders.create());
		Autosave.start(editing, new RecoveryArea(folder.path()), Display.getCurrent(),
				(file, e) -> events.post(StatusLine.TOPIC, NLS.bind(Messages.autosave_failed, file, e.getMessage())));
		application.set(ModelWorkspace.class, offered);
		application.set(ModelEditing.class, editing);
		events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
	}
}
