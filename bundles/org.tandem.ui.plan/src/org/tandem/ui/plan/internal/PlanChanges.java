package org.tandem.ui.plan.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;
import org.tandem.model.api.ImplementationPlan;

/**
 * Hears every change inside a plan (an edit, an undo, a redo, from any part) and runs an update on
 * the UI thread once per burst of changes, so that a command of many steps repaints once.
 */
final class PlanChanges extends EContentAdapter {

	private final ImplementationPlan plan;
	private final Display display;
	private final Runnable update;
	private boolean scheduled;

	private PlanChanges(ImplementationPlan plan, Display display, Runnable update) {
		this.plan = plan;
		this.display = display;
		this.update = update;
	}

	/** Starts watching {@code plan}; {@link #stop()} ends it. */
	static PlanChanges watch(ImplementationPlan plan, Display display, Runnable update) {
		PlanChanges changes = new PlanChanges(plan, display, update);
		plan.eAdapters().add(changes);
		return changes;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || scheduled || display.isDisposed()) {
			return;
		}
		scheduled = true;
		display.asyncExec(this::flush);
	}

	/** Runs the pending update now, if there is one. */
	void flush() {
		if (scheduled) {
			scheduled = false;
			update.run();
		}
	}

	void stop() {
		plan.eAdapters().remove(this);
	}
}
