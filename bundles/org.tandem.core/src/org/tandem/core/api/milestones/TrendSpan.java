package org.tandem.core.api.milestones;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The square of days a milestone trend chart shows: both axes (report date and planned date) run
 * from the earliest to the latest day that any point has in either role, so the diagonal (planned =
 * reported, where a milestone is reached) runs corner to corner.
 *
 * @since 0.1
 */
public record TrendSpan(LocalDate first, LocalDate last) {

	/** The span of {@code trends}; empty when they have no point. */
	public static Optional<TrendSpan> of(List<MilestoneTrend> trends) {
		LocalDate first = null;
		LocalDate last = null;
		for (MilestoneTrend trend : trends) {
			for (TrendPoint point : trend.points()) {
				for (LocalDate day : List.of(point.reported(), point.planned())) {
					first = first == null || day.isBefore(first) ? day : first;
					last = last == null || day.isAfter(last) ? day : last;
				}
			}
		}
		return first == null ? Optional.empty() : Optional.of(new TrendSpan(first, last.equals(first) ? first.plusDays(1) : last));
	}

	/** Days from {@link #first} to {@link #last}. */
	public long days() {
		return last.toEpochDay() - first.toEpochDay();
	}
}
