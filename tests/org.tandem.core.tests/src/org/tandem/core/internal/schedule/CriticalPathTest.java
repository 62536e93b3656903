package org.tandem.core.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.schedule.TestPlan.day;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/** The forward and backward pass on plans computed by hand. */
class CriticalPathTest {

	private final CriticalPath criticalPath = new CriticalPath();

	/*
	 * Forward pass (early begin, ES; roots begin on their own day):
	 *   A 0 (root); B = A 0 + 10 + 2 = 12; C = A 0 + 3 = 3 (its own day 7 does not count, it waits);
	 *   D: ES + 6 >= C 3 + 4 - 1 -> 0; M = B 12 + 5 = 17; E: ES + 3 >= M 17 + 5 -> 19;
	 *   F = E 19 + 3 - 2 = 20; H = A 0 + 0 = 0; U 4 (root, 5 January).
	 * Early ends: A 10, B 17, C 7, D 6, M 17, E 22, F 22, H 3, U 6: the plan ends at 22.
	 * Backward pass (late begin, LS = min over successors, and at most end - duration):
	 *   F 22-2 = 20; E min(19, 20-1) = 19; M min(22, 19-(5-3)) = 17; B min(17, 17-5) = 12;
	 *   D 22-6 = 16; C min(18, 16-(4-1-6)) = 18; H 22-3 = 19; A min(12, 12-12, 18-3, 19-0) = 0; U 20.
	 * Total float = LS - ES: A 0, B 0, C 15, D 16, M 0, E 0, F 0, H 19, U 16.
	 */
	@Test
	void floatAndCriticalPathOverEveryLinkTypeWithLagsAndLeads() {
		LinkTypesPlan p = new LinkTypesPlan();
		Schedule schedule = criticalPath.compute(p.plan);
		assertEquals(List.of(p.a, p.b, p.m, p.e, p.f), schedule.criticalPath());
		long[] floats = { 0, 0, 15, 16, 0, 0, 0, 19, 16 };
		List<PlanItem> items = List.of(p.a, p.b, p.c, p.d, p.m, p.e, p.f, p.h, p.u);
		for (int i = 0; i < items.size(); i++) {
			PlanItem item = items.get(i);
			assertEquals(floats[i], schedule.totalFloat(item), () -> "float of " + item.getName().getText("en"));
		}
		// C: ES 3 = 4 Jan, EF 3+4-1 = 6 = 7 Jan; LS 18 = 19 Jan, LF 21 = 22 Jan
		assertDates(schedule, p.c, "2026-01-04", "2026-01-07", "2026-01-19", "2026-01-22");
		// D: ES 0 = 1 Jan, EF 6 Jan; LS 16 = 17 Jan, LF 22 Jan
		assertDates(schedule, p.d, "2026-01-01", "2026-01-06", "2026-01-17", "2026-01-22");
		// M: the point 17 is the end of day 16 = 17 Jan, early and late
		assertDates(schedule, p.m, "2026-01-17", "2026-01-17", "2026-01-17", "2026-01-17");
		// E: ES 19 = 20 Jan .. 22 Jan; F: ES 20 = 21 Jan .. 22 Jan
		assertDates(schedule, p.e, "2026-01-20", "2026-01-22", "2026-01-20", "2026-01-22");
		assertDates(schedule, p.f, "2026-01-21", "2026-01-22", "2026-01-21", "2026-01-22");
		// H: ES 0 = 1 Jan .. 3 Jan; LS 19 = 20 Jan .. 22 Jan
		assertDates(schedule, p.h, "2026-01-01", "2026-01-03", "2026-01-20", "2026-01-22");
	}

	@Test
	void aWorkPackageSpansItsItems() {
		LinkTypesPlan p = new LinkTypesPlan();
		Schedule schedule = criticalPath.compute(p.plan);
		// WP 1 = A, B, C: earliest start A 1 Jan, latest early finish B 17 Jan; float the least, A's 0
		assertEquals(day("2026-01-01"), schedule.earlyStart(p.first));
		assertEquals(day("2026-01-17"), schedule.earlyFinish(p.first));
		assertEquals(0, schedule.totalFloat(p.first));
		// WP 3 = H (float 19) and U (16)
		assertEquals(16, schedule.totalFloat(p.third));
		assertFalse(schedule.isCritical(p.third));
	}

	/*
	 * A link from a work package's finish waits for its last item: X FS 0 after WP 1 (A 1-10 Jan,
	 * B 13-17 Jan) begins at B's end, day 17 = 18 Jan. A link to a work package's start holds for each
	 * of its items: WP 2 (D, M, E, F) SS +1 after X: D begins no earlier than 19 Jan.
	 */
	@Test
	void linksFromAndToWorkPackages() {
		TestPlan p = new TestPlan();
		WorkPackage first = p.workPackage("WP 1");
		p.task(first, "A", "2026-01-01", "2026-01-10");
		p.task(first, "B", "2026-01-13", "2026-01-17");
		WorkPackage other = p.workPackage("WP X");
		Task x = p.task(other, "X", "2026-02-01", "2026-02-03");
		WorkPackage second = p.workPackage("WP 2");
		Task d = p.task(second, "D", "2026-01-01", "2026-01-02");
		p.depend(first, x, DependencyType.FINISH_TO_START, 0);
		p.depend(x, second, DependencyType.START_TO_START, 1);
		Schedule schedule = criticalPath.compute(p.plan);
		assertEquals(day("2026-01-18"), schedule.earlyStart(x));
		assertEquals(day("2026-01-19"), schedule.earlyStart(d));
		assertEquals(day("2026-01-19"), schedule.earlyStart(second));
	}

	@Test
	void undatedItemsAreLeftOutAndListed() {
		TestPlan p = new TestPlan();
		WorkPackage wp = p.workPackage("WP");
		Task dated = p.task(wp, "A", "2026-01-01", "2026-01-10");
		Task undated = p.task(wp, "B", "2026-01-01", "2026-01-10");
		undated.setFinish(null);
		p.depend(dated, undated, DependencyType.FINISH_TO_START, 0);
		Schedule schedule = criticalPath.compute(p.plan);
		assertEquals(List.of(undated), schedule.undated());
		assertFalse(schedule.isScheduled(undated));
		assertTrue(schedule.isCritical(dated));
	}

	@Test
	void aCycleIsRefusedWithTheItemsNamed() {
		LinkTypesPlan p = new LinkTypesPlan();
		p.depend(p.f, p.a, DependencyType.FINISH_TO_START, 0);
		DependencyCycleException refused = assertThrows(DependencyCycleException.class, () -> criticalPath.compute(p.plan));
		assertEquals(List.of(p.a, p.b, p.m, p.e, p.f), refused.cycle());
		assertEquals("The dependencies of \"Plan\" go round in a circle: A \u2192 B \u2192 M \u2192 E \u2192 F \u2192 A.", refused.getMessage());
	}

	@Test
	void aCycleThroughAWorkPackageIsRefusedToo() {
		TestPlan p = new TestPlan();
		WorkPackage wp = p.workPackage("WP");
		Task a = p.task(wp, "A", "2026-01-01", "2026-01-10");
		p.depend(a, wp, DependencyType.FINISH_TO_START, 0);
		DependencyCycleException refused = assertThrows(DependencyCycleException.class, () -> criticalPath.compute(p.plan));
		assertEquals(List.of(a), refused.cycle());
	}

	private static void assertDates(Schedule schedule, PlanItem item, String earlyStart, String earlyFinish, String lateStart, String lateFinish) {
		assertEquals(List.of(earlyStart, earlyFinish, lateStart, lateFinish),
				List.of(schedule.earlyStart(item), schedule.earlyFinish(item), schedule.lateStart(item), schedule.lateFinish(item)).stream()
						.map(LocalDate::toString).toList());
	}
}
