package org.tandem.core.api.milestones;

import java.util.function.Predicate;

/**
 * Which milestones the board shows by status: all, the overdue ones, those due within 14, 30 or
 * 90 days (each including the nearer windows, not the overdue ones), the done ones, or those
 * slipped against the chosen baseline (open or done).
 *
 * @since 0.1
 */
public enum Showing implements Predicate<TrackedMilestone> {
	ALL, OVERDUE, DUE_14, DUE_30, DUE_90, DONE, SLIPPED;

	@Override
	public boolean test(TrackedMilestone tracked) {
		MilestoneState state = tracked.state();
		return switch (this) {
		case ALL -> true;
		case OVERDUE -> state == MilestoneState.OVERDUE;
		case DUE_14 -> state == MilestoneState.DUE_14;
		case DUE_30 -> state == MilestoneState.DUE_14 || state == MilestoneState.DUE_30;
		case DUE_90 -> state == MilestoneState.DUE_14 || state == MilestoneState.DUE_30 || state == MilestoneState.DUE_90;
		case DONE -> state == MilestoneState.DONE;
		case SLIPPED -> tracked.isSlipped();
		};
	}
}
