package org.tandem.ui.plan.internal.gantt;

import org.eclipse.swt.graphics.GC;
import org.tandem.model.api.DependencyType;

/** Draws a dependency arrow along its route, with a filled head at the successor. */
final class ArrowPainter {

	private static final int HEAD = 4;

	private final GanttColors colors;

	ArrowPainter(GanttColors colors) {
		this.colors = colors;
	}

	void paint(GC gc, Bar from, Bar to, DependencyType type) {
		int[] points = ArrowRoute.between(from, to, type);
		gc.setForeground(colors.arrow);
		gc.setBackground(colors.arrow);
		gc.drawPolyline(points);
		int n = points.length;
		int tipX = points[n - 2];
		int tipY = points[n - 1];
		int direction = Integer.signum(tipX - points[n - 4]);
		if (direction == 0) {
			direction = 1;
		}
		gc.fillPolygon(new int[] { tipX, tipY, tipX - direction * HEAD * 2, tipY - HEAD, tipX - direction * HEAD * 2, tipY + HEAD });
	}
}
