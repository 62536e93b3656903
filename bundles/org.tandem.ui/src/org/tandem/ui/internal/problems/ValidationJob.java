package org.tandem.ui.internal.problems;

import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.validation.ModelValidation;
import org.tandem.ui.api.jobs.MonitorProgress;

/**
 * Validates the whole workspace in the background, one model file's root after the other, with
 * progress and cancellation; hands the problems found to {@code done} (on the job's thread). An
 * edit made while it reads the model makes it stop; the edit schedules a fresh run anyway.
 */
final class ValidationJob extends Job {

	private final ModelWorkspace workspace;
	private final ModelValidation validation;
	private final Consumer<List<Problem>> done;

	ValidationJob(ModelWorkspace workspace, ModelValidation validation, Consumer<List<Problem>> done) {
		super(Messages.problems_job);
		this.workspace = workspace;
		this.validation = validation;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			Diagnostic result = validation.validate(workspace.roots(), new MonitorProgress(monitor));
			done.accept(Problems.of(workspace, result));
			return Status.OK_STATUS;
		} catch (CancellationException | ConcurrentModificationException e) {
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ValidationJob.class;
	}
}
