package org.tandem.ui.plan.internal.gantt;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

/** Paints the timeline header (a coarse and a fine row of labels) and the grid lines below it. */
final class TimelinePainter {

	private final GanttColors colors;

	TimelinePainter(GanttColors colors) {
		this.colors = colors;
	}

	void paint(GC gc, TimeScale scale, int width, int height, int headerHeight, Locale locale) {
		gc.setBackground(colors.header);
		gc.fillRectangle(0, 0, width, headerHeight);
		TimeUnit unit = TimeUnit.of(scale.zoom());
		TimeUnit coarse = unit.coarser();
		int middle = coarse == null ? 0 : headerHeight / 2;
		if (coarse != null) {
			labels(gc, scale, coarse, width, 0, middle, locale, true);
		}
		labels(gc, scale, unit, width, middle, headerHeight - middle, locale, false);
		gc.setForeground(colors.grid);
		for (LocalDate day = unit.floor(scale.day(0)); scale.x(day) < width; day = unit.next(day)) {
			gc.drawLine(scale.x(day), headerHeight, scale.x(day), height);
		}
		gc.setForeground(colors.arrow);
		gc.drawLine(0, headerHeight - 1, width, headerHeight - 1);
	}

	private void labels(GC gc, TimeScale scale, TimeUnit unit, int width, int top, int height, Locale locale, boolean context) {
		gc.setForeground(colors.foreground);
		for (LocalDate first = unit.floor(scale.day(0)); scale.x(first) < width; first = unit.next(first)) {
			int x = scale.x(first);
			int next = scale.x(unit.next(first));
			String label = context ? unit.contextLabel(first, locale) : unit.label(first, locale);
			Point extent = gc.textExtent(label);
			int textX = labelX(x, next, extent.x);
			if (textX >= 0) {
				gc.drawText(label, textX, top + (height - extent.y) / 2, true);
			}
			gc.setForeground(colors.grid);
			gc.drawLine(x, top + 2, x, top + height - 2);
			gc.setForeground(colors.foreground);
		}
	}

	/**
	 * Where the label of a period from {@code x} to {@code next} goes: at its start, or at the left
	 * edge while its start is scrolled off, and never over the next period; -1 when the visible part
	 * is too narrow for {@code textWidth} (a clipped "26" for 2026 helps nobody).
	 */
	static int labelX(int x, int next, int textWidth) {
		int start = Math.max(x, 0);
		if (next - start <= textWidth + 4) {
			return -1;
		}
		return Math.min(start + 3, next - textWidth - 3);
	}
}
