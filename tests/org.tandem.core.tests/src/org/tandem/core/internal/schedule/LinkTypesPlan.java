package org.tandem.core.internal.schedule;

import org.tandem.model.api.DependencyType;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * A plan with each link type and lags of both signs, computed by hand. Day numbers count from
 * 1 January 2026 = day 0; an item begins at the start of a day and a task ends at the end of its
 * last day (begin + duration), a milestone is a point at the end of its day.
 *
 * <pre>
 * item dates now (first..last)    duration  links in
 * A    01-01..01-10               10        -
 * B    01-13..01-17                5        A FS +2
 * C    01-08..01-11                4        A SS +3
 * D    01-05..01-10                6        C FF -1
 * M    01-17                       0        B FS 0
 * E    01-20..01-22                3        M SF +5
 * F    01-21..01-22                2        E FS -2
 * H    01-31..02-02                3        A SS 0
 * U    01-05..01-06                2        -  (unrelated)
 * </pre>
 */
final class LinkTypesPlan extends TestPlan {

	final WorkPackage first = workPackage("WP 1");
	final WorkPackage second = workPackage("WP 2");
	final WorkPackage third = workPackage("WP 3");
	final Task a = task(first, "A", "2026-01-01", "2026-01-10");
	final Task b = task(first, "B", "2026-01-13", "2026-01-17");
	final Task c = task(first, "C", "2026-01-08", "2026-01-11");
	final Task d = task(second, "D", "2026-01-05", "2026-01-10");
	final Milestone m = milestone(second, "M", "2026-01-17");
	final Task e = task(second, "E", "2026-01-20", "2026-01-22");
	final Task f = task(second, "F", "2026-01-21", "2026-01-22");
	final Task h = task(third, "H", "2026-01-31", "2026-02-02");
	final Task u = task(third, "U", "2026-01-05", "2026-01-06");

	LinkTypesPlan() {
		depend(a, b, DependencyType.FINISH_TO_START, 2);
		depend(a, c, DependencyType.START_TO_START, 3);
		depend(c, d, DependencyType.FINISH_TO_FINISH, -1);
		depend(b, m, DependencyType.FINISH_TO_START, 0);
		depend(m, e, DependencyType.START_TO_FINISH, 5);
		depend(e, f, DependencyType.FINISH_TO_START, -2);
		depend(a, h, DependencyType.START_TO_START, 0);
	}
}
