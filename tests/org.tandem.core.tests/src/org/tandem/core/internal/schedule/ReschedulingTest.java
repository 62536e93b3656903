package org.tandem.core.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.schedule.TestPlan.day;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;

/** Moving an item moves its successors as little as their links require, in one undoable command. */
class ReschedulingTest {

	private final Rescheduling rescheduling = new Rescheduling();

	/*
	 * A moves 5 days later: it begins on day 5 (see LinkTypesPlan for the days).
	 *   B: A FS +2 needs 5 + 10 + 2 = 17, B begins 12: moves 5.
	 *   C: A SS +3 needs 8, C begins 7 (8 Jan): moves 1.
	 *   H: A SS 0 needs 5, H begins 30: stays.
	 *   D: C FF -1 needs D end >= 8 + 4 - 1 = 11, D ends 4 + 6 = 10: moves 1.
	 *   M: B FS 0 needs 22, M is at 17: moves 5. E: M SF +5 needs end >= 27, ends 22: moves 5.
	 *   F: E FS -2 needs 24 + 3 - 2 = 25, begins 20: moves 5. U is unrelated: stays.
	 */
	@Test
	void movingATaskShiftsItsSuccessorsMinimallyAndUndoRestoresAll() {
		LinkTypesPlan p = new LinkTypesPlan();
		Map<PlanItem, String> before = dates(p);
		Command move = rescheduling.move(p.domain, p.a, 5);
		p.domain.getCommandStack().execute(move);
		assertEquals(List.of("2026-01-06..2026-01-15", "2026-01-18..2026-01-22", "2026-01-09..2026-01-12", "2026-01-06..2026-01-11", "2026-01-22",
				"2026-01-25..2026-01-27", "2026-01-26..2026-01-27", "2026-01-31..2026-02-02", "2026-01-05..2026-01-06"), List.copyOf(dates(p).values()));
		assertEquals("Move \"A\"", move.getLabel());
		assertTrue(p.domain.getCommandStack().canUndo());
		p.domain.getCommandStack().undo();
		assertEquals(before, dates(p), "one undo restores every date");
		assertTrue(!p.domain.getCommandStack().canUndo(), "the move was one step");
	}

	/*
	 * B (13-17 Jan, days 12-17) ends 3 days later, on 20 Jan (end 20): M (B FS 0, at 17) must be at
	 * 20, 3 days later; E (M SF +5) and F (E FS -2) follow by 3. A, C, D, H, U stay.
	 */
	@Test
	void aLongerTaskPushesItsSuccessorsInOneUndoableStep() {
		LinkTypesPlan p = new LinkTypesPlan();
		Map<PlanItem, String> before = dates(p);
		Command change = rescheduling.setDates(p.domain, p.b, day("2026-01-13"), day("2026-01-20"));
		p.domain.getCommandStack().execute(change);
		assertEquals(List.of("2026-01-01..2026-01-10", "2026-01-13..2026-01-20", "2026-01-08..2026-01-11", "2026-01-05..2026-01-10", "2026-01-20",
				"2026-01-23..2026-01-25", "2026-01-24..2026-01-25", "2026-01-31..2026-02-02", "2026-01-05..2026-01-06"), List.copyOf(dates(p).values()));
		assertEquals("Change the dates of \"B\"", change.getLabel());
		p.domain.getCommandStack().undo();
		assertEquals(before, dates(p));
		// shorter again: nothing is pulled along
		p.domain.getCommandStack().execute(rescheduling.setDates(p.domain, p.b, day("2026-01-13"), day("2026-01-15")));
		assertEquals(day("2026-01-17"), p.m.getPlanned());
	}

	@Test
	void movingEarlierPullsNothingAlong() {
		LinkTypesPlan p = new LinkTypesPlan();
		assertEquals(Map.of(p.b, -3L), rescheduling.shifts(p.b, -3));
	}

	/*
	 * WP 1 (A, B, C) moves 2 days: A begins 2, B 14, C 9; B FS 0 to M needs 19 (M at 17): M, and
	 * after it E and F, move 2; C FF -1 to D needs D's end >= 9 + 3 = 12 (ends 10): D moves 2;
	 * H (SS after A, begins 30) and U stay.
	 */
	@Test
	void movingAWorkPackageMovesItsItemsAndTheirSuccessors() {
		LinkTypesPlan p = new LinkTypesPlan();
		Map<PlanItem, Long> shifts = rescheduling.shifts(p.first, 2);
		Map<PlanItem, Long> expected = new LinkedHashMap<>();
		for (PlanItem item : List.of(p.a, p.b, p.c, p.m, p.d, p.e, p.f)) {
			expected.put(item, 2L);
		}
		assertEquals(expected, shifts);
	}

	@Test
	void aDependencyThatWouldCloseACircleIsRefused() {
		LinkTypesPlan p = new LinkTypesPlan();
		DependencyLink link = new DependencyLink();
		DependencyCycleException refused = assertThrows(DependencyCycleException.class,
				() -> link.link(p.domain, p.plan, p.f, p.b, DependencyType.START_TO_START, 0));
		assertEquals("The dependencies of \"Plan\" go round in a circle: B \u2192 M \u2192 E \u2192 F \u2192 B.", refused.getMessage());
		assertEquals(7, p.plan.getDependencies().size(), "nothing was added");
		p.domain.getCommandStack().execute(link.link(p.domain, p.plan, p.u, p.h, DependencyType.FINISH_TO_START, 0));
		assertEquals(8, p.plan.getDependencies().size());
	}

	private static Map<PlanItem, String> dates(LinkTypesPlan p) {
		Map<PlanItem, String> dates = new LinkedHashMap<>();
		for (PlanItem item : List.of(p.a, p.b, p.c, p.d, p.m, p.e, p.f, p.h, p.u)) {
			dates.put(item, item instanceof Task task ? task.getStart() + ".." + task.getFinish() : ((Milestone) item).getPlanned().toString());
		}
		return dates;
	}
}
