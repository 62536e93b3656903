package org.tandem.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The progress of long work in the status line: while a user job (loading the workspace,
 * validating it) runs, its name, a progress bar and a Cancel button show; Cancel cancels the job.
 * It is the job manager's progress provider, so every user job reports here; monitors are updated
 * from the jobs' threads and redraw the area on the display's thread, coalesced.
 */
final class ProgressArea extends ProgressProvider {

	private final Composite area;
	private final Label task;
	private final ProgressBar bar;
	private final Button cancel;
	private final Display display;
	/** The monitors of the user jobs that run, the one shown last; touched on the display's thread only. */
	private final List<Monitor> running = new ArrayList<>();

	ProgressArea(Composite parent) {
		display = parent.getDisplay();
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(area);
		task = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(360, SWT.DEFAULT).applyTo(task);
		bar = new ProgressBar(area, SWT.SMOOTH | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(bar);
		cancel = new Button(area, SWT.PUSH);
		cancel.setText(Messages.status_cancel);
		cancel.addListener(SWT.Selection, e -> {
			if (!running.isEmpty()) {
				running.get(running.size() - 1).job.cancel();
				cancel.setEnabled(false);
			}
		});
		GridDataFactory.fillDefaults().applyTo(area);
		render();
	}

	Composite control() {
		return area;
	}

	@Override
	public IProgressMonitor createMonitor(Job job) {
		return job.isUser() ? new Monitor(job) : null;
	}

	private void render() {
		if (area.isDisposed()) {
			return;
		}
		// the area keeps its place (and the status line its height) while nothing runs
		boolean busy = !running.isEmpty();
		area.setVisible(busy);
		if (busy) {
			Monitor shown = running.get(running.size() - 1);
			task.setText(shown.detail == null || shown.detail.isBlank() ? shown.job.getName() : shown.job.getName() + ": " + shown.detail); //$NON-NLS-1$
			bar.setMaximum(Math.max(1, shown.total));
			bar.setSelection(Math.min(shown.done, Math.max(1, shown.total)));
			cancel.setEnabled(!shown.isCanceled());
		}
		area.getParent().layout(true, true);
	}

	private void later(Runnable change) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				change.run();
				render();
			});
		}
	}

	boolean isShowing() {
		return area.isVisible();
	}

	ProgressBar bar() {
		return bar;
	}

	Button cancelButton() {
		return cancel;
	}

	String taskText() {
		return task.getText();
	}

	/** A job's monitor: counts on the job's thread, asks the display to redraw at most once at a time. */
	private final class Monitor extends NullProgressMonitor {

		final Job job;
		volatile int total;
		volatile int done;
		volatile String detail;
		private final AtomicBoolean redrawPending = new AtomicBoolean();

		Monitor(Job job) {
			this.job = job;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork == UNKNOWN ? 0 : totalWork;
			later(() -> running.add(this));
		}

		@Override
		public void worked(int work) {
			done += work;
			redraw();
		}

		@Override
		public void subTask(String name) {
			detail = name;
			redraw();
		}

		@Override
		public void done() {
			later(() -> running.remove(this));
		}

		private void redraw() {
			if (redrawPending.compareAndSet(false, true)) {
				later(() -> redrawPending.set(false));
			}
		}
	}
}
