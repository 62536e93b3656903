package org.tandem.core.api.milestones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tandem.model.api.BaselineDate;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;

/**
 * The line of one milestone in a milestone trend analysis (Meilensteintrendanalyse): the day it
 * was planned for as recorded at each report date, oldest first. The report dates are the dates
 * of the baselines that hold the milestone ({@link BaselineDate}, the baseline's finish, else its
 * start), up to today; today's plan is the last point. A milestone reached on its actual day ends
 * there on the diagonal (reported = planned = actual), and baselines after that day are left out.
 * A cancelled milestone keeps only its baseline points. Two points on one report date: the later
 * source (today's plan over a baseline) wins.
 *
 * @param milestone the milestone
 * @param points its points, by report date
 *
 * @since 0.1
 */
public record MilestoneTrend(Milestone milestone, List<TrendPoint> points) {

	public MilestoneTrend {
		points = List.copyOf(points);
	}

	/** The trend of {@code milestone} as seen on {@code today}. */
	public static MilestoneTrend of(Milestone milestone, LocalDate today) {
		boolean reached = milestone.getStatus() == MilestoneStatus.DONE && milestone.getActual() != null
				&& !milestone.getActual().isAfter(today);
		LocalDate end = reached ? milestone.getActual() : today;
		Map<LocalDate, LocalDate> byReport = new TreeMap<>();
		for (BaselineDate dates : milestone.getBaselineDates()) {
			LocalDate reported = dates.getBaseline() == null ? null : dates.getBaseline().getDate();
			LocalDate planned = dates.getFinish() != null ? dates.getFinish() : dates.getStart();
			if (reported != null && planned != null && !reported.isAfter(end)) {
				byReport.put(reported, planned);
			}
		}
		if (reached) {
			byReport.put(end, end);
		} else if (milestone.getStatus() != MilestoneStatus.CANCELLED && milestone.getPlanned() != null) {
			byReport.put(today, milestone.getPlanned());
		}
		List<TrendPoint> points = new ArrayList<>();
		byReport.forEach((reported, planned) -> points.add(new TrendPoint(reported, planned)));
		return new MilestoneTrend(milestone, points);
	}
}
