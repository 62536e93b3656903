package org.tandem.ui.plan.internal.gantt;

import org.tandem.model.api.DependencyType;

/**
 * The path of a dependency arrow between two bars, by the kind of link: it leaves the
 * predecessor at its finish (finish-to-start, finish-to-finish) or start, and enters the successor
 * at its start (finish-to-start, start-to-start) or finish, in right angles.
 */
final class ArrowRoute {

	/** How far a path runs straight out of a bar before it turns. */
	static final int STUB = 8;

	private ArrowRoute() {
	}

	/** The points of the path as x, y pairs; the last point is the arrow's tip. */
	static int[] between(Bar from, Bar to, DependencyType type) {
		boolean leavesFinish = type == DependencyType.FINISH_TO_START || type == DependencyType.FINISH_TO_FINISH;
		boolean entersStart = type == DependencyType.FINISH_TO_START || type == DependencyType.START_TO_START;
		int x1 = leavesFinish ? from.endX() : from.startX();
		int y1 = from.row().middle();
		int x2 = entersStart ? to.startX() : to.endX();
		int y2 = to.row().middle();
		int out = leavesFinish ? x1 + STUB : x1 - STUB;
		int in = entersStart ? x2 - STUB : x2 + STUB;
		int turn;
		if (leavesFinish != entersStart) {
			// finish to finish turns right of both ends, start to start left of both
			turn = leavesFinish ? Math.max(out, in) : Math.min(out, in);
		} else if (leavesFinish ? out <= x2 - 2 : out >= x2 + 2) {
			turn = out;
		} else {
			int between = y2 > y1 ? to.row().y() : to.row().y() + to.row().height();
			return new int[] { x1, y1, out, y1, out, between, in, between, in, y2, x2, y2 };
		}
		return new int[] { x1, y1, turn, y1, turn, y2, x2, y2 };
	}
}
