package org.tandem.core.api.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.core.api.milestones.Workspace.at;
import static org.tandem.core.api.milestones.Workspace.day;
import static org.tandem.core.api.milestones.Workspace.done;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;

/** The lines of the milestone trend analysis, on a plan frozen at three annual visits. */
class MilestoneTrendTest {

	private final Workspace w = new Workspace();
	private ImplementationPlan plan;
	private Baseline v2024;
	private Baseline v2025;
	private Baseline v2026;

	@BeforeEach
	void build() {
		plan = w.plan(w.group(w.partnership("P"), "G"));
		v2026 = w.baseline(plan, "Visit 2026", "2026-06-10");
		v2024 = w.baseline(plan, "Visit 2024", "2024-09-20");
		v2025 = w.baseline(plan, "Visit 2025", "2025-06-13");
	}

	private static List<TrendPoint> points(Milestone milestone, String today) {
		return MilestoneTrend.of(milestone, day(today)).points();
	}

	private static TrendPoint p(String reported, String planned) {
		return new TrendPoint(day(reported), day(planned));
	}

	@Test
	void anOpenMilestoneRunsFromEachBaselineToTodaysPlan() {
		Milestone m = w.milestone(plan, "M", "2027-06-30", null);
		at(at(at(m, v2026, "2027-05-31"), v2024, "2026-12-31"), v2025, "2027-03-31");
		assertEquals(List.of(p("2024-09-20", "2026-12-31"), p("2025-06-13", "2027-03-31"), p("2026-06-10", "2027-05-31"),
				p("2026-11-23", "2027-06-30")), points(m, "2026-11-23"), "by report date, whatever the order of the baseline dates");
	}

	@Test
	void baselinesAfterTodayAreNotYetReported() {
		Milestone m = w.milestone(plan, "M", "2027-06-30", null);
		at(at(m, v2024, "2026-12-31"), v2026, "2027-05-31");
		assertEquals(List.of(p("2024-09-20", "2026-12-31"), p("2026-01-15", "2027-06-30")), points(m, "2026-01-15"));
	}

	@Test
	void aMilestoneReachedEndsOnTheDiagonal() {
		Milestone m = done(w.milestone(plan, "M", "2025-05-31", null), "2025-07-15");
		at(at(at(m, v2024, "2025-04-30"), v2025, "2025-05-31"), v2026, "2025-05-31");
		assertEquals(List.of(p("2024-09-20", "2025-04-30"), p("2025-06-13", "2025-05-31"), p("2025-07-15", "2025-07-15")),
				points(m, "2026-11-23"), "the 2026 baseline came after it was reached");
	}

	@Test
	void todaysPlanWinsOverABaselineFrozenToday() {
		Milestone m = w.milestone(plan, "M", "2026-09-01", null);
		at(m, v2026, "2026-08-01");
		assertEquals(List.of(p("2026-06-10", "2026-09-01")), points(m, "2026-06-10"));
	}

	@Test
	void aCancelledOrUndatedMilestoneKeepsItsBaselinePointsOnly() {
		Milestone cancelled = at(w.milestone(plan, "C", "2026-09-01", null), v2024, "2026-03-01");
		cancelled.setStatus(MilestoneStatus.CANCELLED);
		assertEquals(List.of(p("2024-09-20", "2026-03-01")), points(cancelled, "2026-11-23"));
		Milestone undated = at(w.milestone(plan, "U", "2026-09-01", null), v2025, "2026-03-01");
		undated.setPlanned(null);
		assertEquals(List.of(p("2025-06-13", "2026-03-01")), points(undated, "2026-11-23"));
	}
}
