package org.tandem.core.api.milestones;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.tandem.core.internal.tracking.TaskGroupTracking;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;

/**
 * Where a milestone stands on a given day; exactly one state applies. Cancelled, then done (not
 * open on the day, as {@link TaskGroupTracking#isOpen} decides), then undated, then by the days
 * from the day to its planned day: overdue (before the day), due within 14, 30 or 90 days (the
 * planned day counts as within 14), later.
 *
 * @since 0.1
 */
public enum MilestoneState {
	OVERDUE, DUE_14, DUE_30, DUE_90, LATER, UNDATED, DONE, CANCELLED;

	/** The state of {@code milestone} on {@code day}. */
	public static MilestoneState of(Milestone milestone, LocalDate day) {
		if (milestone.getStatus() == MilestoneStatus.CANCELLED) {
			return CANCELLED;
		}
		if (!TaskGroupTracking.isOpen(milestone, day)) {
			return DONE;
		}
		if (milestone.getPlanned() == null) {
			return UNDATED;
		}
		long days = ChronoUnit.DAYS.between(day, milestone.getPlanned());
		if (days < 0) {
			return OVERDUE;
		}
		return days <= 14 ? DUE_14 : days <= 30 ? DUE_30 : days <= 90 ? DUE_90 : LATER;
	}

	/** Whether the milestone is still to be reached. */
	public boolean isOpen() {
		return this != DONE && this != CANCELLED;
	}
}
