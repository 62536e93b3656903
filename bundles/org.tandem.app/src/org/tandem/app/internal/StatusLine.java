package org.tandem.app.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.workspace.ModelWorkspace;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line at the bottom of the main window: the latest message on the left, the progress
 * of long work (with a Cancel button) while a user job runs, the folder of the workspace shown on
 * the right.
 * Anyone posts a message through the event broker on {@link #TOPIC}.
 */
public class StatusLine {

	/** Event topic whose String data the status line shows. */
	public static final String TOPIC = "org/tandem/status"; //$NON-NLS-1$

	private Label message;
	private Label workspaceLabel;
	private ProgressArea progress;

	@PostConstruct
	void create(Composite parent, WorkspaceFolder workspace) {
		Composite line = new Composite(parent, SWT.NONE);
		line.setData("org.eclipse.e4.ui.css.id", "StatusLine"); //$NON-NLS-1$ //$NON-NLS-2$
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 2).applyTo(line);
		message = new Label(line, SWT.NONE);
		message.setText(Messages.status_ready);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(message);
		progress = new ProgressArea(line);
		Job.getJobManager().setProgressProvider(progress);
		workspaceLabel = new Label(line, SWT.NONE);
		showFolder(workspace);
	}

	/** Follows the workspace shown: after a clone (or any other switch) the line names its folder. */
	@Inject
	@Optional
	void workspace(ModelWorkspace shown) {
		if (workspaceLabel != null && !workspaceLabel.isDisposed() && shown != null) {
			showFolder(new WorkspaceFolder(shown.folder().toAbsolutePath()));
			workspaceLabel.getParent().layout();
		}
	}

	private void showFolder(WorkspaceFolder workspace) {
		workspaceLabel.setText(NLS.bind(Messages.status_workspace, workspace.displayName()));
		workspaceLabel.setToolTipText(workspace.path().toString());
	}

	@Inject
	@Optional
	void show(@UIEventTopic(TOPIC) String text) {
		if (message != null && !message.isDisposed()) {
			message.setText(text == null ? "" : text); //$NON-NLS-1$
			message.getParent().layout();
		}
	}

	/** Long work no longer reports here. */
	@PreDestroy
	void dispose() {
		Job.getJobManager().setProgressProvider(null);
	}

	ProgressArea progress() {
		return progress;
	}

	String message() {
		return message.getText();
	}

	String workspace() {
		return workspaceLabel.getText();
	}
}
