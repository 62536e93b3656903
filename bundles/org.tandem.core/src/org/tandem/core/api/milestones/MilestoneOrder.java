package org.tandem.core.api.milestones;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * How the board sorts: by planned day (earliest first, undated last) or by slip (most slipped
 * first, milestones without a baseline day last, ties by planned day). Sorting is stable, so equal
 * milestones keep workspace order.
 *
 * @since 0.1
 */
public enum MilestoneOrder implements Comparator<TrackedMilestone> {
	DATE, SLIP;

	private static final Comparator<TrackedMilestone> BY_DATE = Comparator.comparing(TrackedMilestone::planned,
			Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
	private static final Comparator<TrackedMilestone> BY_SLIP = Comparator
			.comparing(TrackedMilestone::slipDays, Comparator.nullsLast(Comparator.<Long>reverseOrder())).thenComparing(BY_DATE);

	@Override
	public int compare(TrackedMilestone a, TrackedMilestone b) {
		return this == DATE ? BY_DATE.compare(a, b) : BY_SLIP.compare(a, b);
	}
}
