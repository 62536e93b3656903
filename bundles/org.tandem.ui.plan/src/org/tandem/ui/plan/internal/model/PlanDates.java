package org.tandem.ui.plan.internal.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.tandem.model.api.Baseline;
import org.tandem.model.api.BaselineDate;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * The dates of plan items as the editor shows them: a task's start and finish, a milestone's
 * planned day (start and finish alike), and a work package's span over its items.
 */
public final class PlanDates {

	private PlanDates() {
	}

	/** The first day, or null when the item has no dates. */
	public static LocalDate start(PlanItem item) {
		if (item instanceof Task task) {
			return task.getStart() != null ? task.getStart() : task.getFinish();
		}
		if (item instanceof Milestone milestone) {
			return milestone.getPlanned();
		}
		LocalDate first = null;
		if (item instanceof WorkPackage workPackage) {
			for (PlanItem child : workPackage.getChildren()) {
				LocalDate start = start(child);
				if (start != null && (first == null || start.isBefore(first))) {
					first = start;
				}
			}
		}
		return first;
	}

	/** The last day, or null when the item has no dates. */
	public static LocalDate finish(PlanItem item) {
		if (item instanceof Task task) {
			return task.getFinish() != null ? task.getFinish() : task.getStart();
		}
		if (item instanceof Milestone milestone) {
			return milestone.getPlanned();
		}
		LocalDate last = null;
		if (item instanceof WorkPackage workPackage) {
			for (PlanItem child : workPackage.getChildren()) {
				LocalDate finish = finish(child);
				if (finish != null && (last == null || finish.isAfter(last))) {
					last = finish;
				}
			}
		}
		return last;
	}

	/** Days from start to finish, both counted; 0 for a milestone or an item without dates. */
	public static long duration(PlanItem item) {
		LocalDate start = start(item);
		LocalDate finish = finish(item);
		if (item instanceof Milestone || start == null || finish == null) {
			return 0;
		}
		return ChronoUnit.DAYS.between(start, finish) + 1;
	}

	/** Percent done: a task's progress, 100 or 0 for a milestone reached or not, a work package's mean weighted by duration. */
	public static int progress(PlanItem item) {
		if (item instanceof Task task) {
			return task.getProgress();
		}
		if (item instanceof Milestone milestone) {
			return milestone.getActual() != null || milestone.getStatus() == org.tandem.model.api.MilestoneStatus.DONE ? 100 : 0;
		}
		long days = 0;
		long done = 0;
		if (item instanceof WorkPackage workPackage) {
			for (PlanItem child : workPackage.getChildren()) {
				long weight = Math.max(1, duration(child));
				days += weight;
				done += weight * progress(child);
			}
		}
		return days == 0 ? 0 : (int) (done / days);
	}

	/** The item's dates in {@code baseline}, if it was part of it. */
	public static Optional<BaselineDate> in(PlanItem item, Baseline baseline) {
		if (baseline == null) {
			return Optional.empty();
		}
		for (BaselineDate date : item.getBaselineDates()) {
			if (date.getBaseline() == baseline) {
				return Optional.of(date);
			}
		}
		return Optional.empty();
	}
}
