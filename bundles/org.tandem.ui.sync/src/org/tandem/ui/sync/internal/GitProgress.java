package org.tandem.ui.sync.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress of a transfer shown by, and cancelled through, a job's progress monitor. */
final class GitProgress implements ProgressMonitor {

	private final IProgressMonitor monitor;

	GitProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void start(int totalTasks) {
		// the job's own task stays the one shown; JGit's steps become its detail
	}

	@Override
	public void beginTask(String title, int totalWork) {
		monitor.subTask(title);
	}

	@Override
	public void update(int completed) {
		// the bar shows the job's steps, not JGit's object counts
	}

	@Override
	public void endTask() {
		monitor.worked(1);
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	@Override
	public void showDuration(boolean enabled) {
		// durations are not shown to people
	}
}
