package org.tandem.io.internal;

import java.time.LocalDate;

import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;

/** Widens a plan's start and finish to take in an item. */
public final class ItemSpan {

	private ItemSpan() {
	}

	public static void widen(ImplementationPlan plan, PlanItem item) {
		LocalDate first = item instanceof Task task ? task.getStart() : item instanceof Milestone milestone ? milestone.getPlanned() : null;
		LocalDate last = item instanceof Task task ? task.getFinish() : first;
		if (first != null && (plan.getStart() == null || first.isBefore(plan.getStart()))) {
			plan.setStart(first);
		}
		if (last != null && (plan.getFinish() == null || last.isAfter(plan.getFinish()))) {
			plan.setFinish(last);
		}
	}
}
