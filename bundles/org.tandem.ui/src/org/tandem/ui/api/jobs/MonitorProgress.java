package org.tandem.ui.api.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tandem.core.api.progress.Progress;

/**
 * Core's {@link Progress} reported to, and cancelled through, a job's progress monitor.
 *
 * @since 0.1
 */
public final class MonitorProgress implements Progress {

	private final IProgressMonitor monitor;

	public MonitorProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void begin(String task, int steps) {
		monitor.beginTask(task, steps);
	}

	@Override
	public void step(String detail) {
		monitor.subTask(detail);
		monitor.worked(1);
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}
}
