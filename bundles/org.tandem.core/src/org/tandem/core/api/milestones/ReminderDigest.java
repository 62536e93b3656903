package org.tandem.core.api.milestones;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reminder tells on a day: the milestones that became overdue since the last reminder
 * (planned on or after the day of the last reminder, so they were not yet overdue then; all
 * overdue ones when there was none) and the open ones due within 14 days.
 *
 * @since 0.1
 */
public record ReminderDigest(List<TrackedMilestone> newlyOverdue, List<TrackedMilestone> dueSoon) {

	public ReminderDigest {
		newlyOverdue = List.copyOf(newlyOverdue);
		dueSoon = List.copyOf(dueSoon);
	}

	/** The digest of {@code tracked} (as it stands today) since the reminder shown on {@code lastShown} (null: never). */
	public static ReminderDigest of(List<TrackedMilestone> tracked, LocalDate lastShown) {
		List<TrackedMilestone> overdue = tracked.stream().filter(t -> t.state() == MilestoneState.OVERDUE)
				.filter(t -> lastShown == null || !t.planned().isBefore(lastShown)).toList();
		List<TrackedMilestone> soon = tracked.stream().filter(t -> t.state() == MilestoneState.DUE_14).toList();
		return new ReminderDigest(overdue, soon);
	}

	/** Whether there is nothing to tell. */
	public boolean isEmpty() {
		return newlyOverdue.isEmpty() && dueSoon.isEmpty();
	}
}
