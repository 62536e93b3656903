package org.tandem.ui.plan.internal.gantt;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.WorkPackage;
import org.tandem.ui.plan.internal.model.PlanDates;

/**
 * Paints one bar: a task with its progress, a work package's summary, a milestone's diamond, or a
 * baseline's ghost; a task or milestone on the critical path is red with a bold outline.
 */
final class BarPainter {

	private final GanttColors colors;

	BarPainter(GanttColors colors) {
		this.colors = colors;
	}

	void paint(GC gc, Bar bar, boolean critical) {
		Rectangle r = bar.bounds();
		if (bar.isDiamond()) {
			boolean done = ((Milestone) bar.item()).getStatus() == MilestoneStatus.DONE;
			gc.setBackground(critical ? colors.critical : done ? colors.milestoneDone : colors.milestone);
			gc.fillPolygon(diamond(r));
			gc.setForeground(critical ? colors.criticalOutline : colors.summary);
			gc.setLineWidth(critical ? 2 : 1);
			gc.drawPolygon(diamond(r));
			gc.setLineWidth(1);
		} else if (bar.item() instanceof WorkPackage) {
			gc.setBackground(colors.summary);
			gc.fillRectangle(r);
			int tip = Math.min(5, r.width / 2);
			gc.fillPolygon(new int[] { r.x, r.y, r.x + tip, r.y, r.x, r.y + r.height + 4 });
			gc.fillPolygon(new int[] { r.x + r.width, r.y, r.x + r.width - tip, r.y, r.x + r.width, r.y + r.height + 4 });
		} else {
			gc.setBackground(critical ? colors.critical : colors.task);
			gc.fillRectangle(r);
			int done = r.width * Math.max(0, Math.min(100, PlanDates.progress(bar.item()))) / 100;
			gc.setBackground(critical ? colors.criticalOutline : colors.taskDone);
			gc.fillRectangle(r.x, r.y + r.height / 3, done, r.height - 2 * (r.height / 3));
			gc.setForeground(critical ? colors.criticalOutline : colors.taskDone);
			gc.setLineWidth(critical ? 2 : 1);
			gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
			gc.setLineWidth(1);
		}
	}

	/** A baseline's dates: a thin grey bar below the item's own, or a hollow diamond. */
	void paintGhost(GC gc, Bar ghost) {
		Rectangle r = ghost.bounds();
		gc.setForeground(colors.ghost);
		gc.setBackground(colors.ghost);
		if (ghost.isDiamond()) {
			gc.setLineWidth(2);
			gc.drawPolygon(diamond(r));
			gc.setLineWidth(1);
		} else {
			int bottom = ghost.row().y() + ghost.row().height() - 3;
			gc.fillRectangle(r.x, bottom - 3, r.width, 3);
		}
	}

	/** The link handle of the selected bar, from which a drag links it to another. */
	void paintHandle(GC gc, Bar bar) {
		gc.setBackground(colors.background);
		gc.setForeground(colors.arrow);
		int size = 2 * Bar.HANDLE;
		gc.fillOval(bar.handleX() - Bar.HANDLE, bar.row().middle() - Bar.HANDLE, size, size);
		gc.drawOval(bar.handleX() - Bar.HANDLE, bar.row().middle() - Bar.HANDLE, size, size);
	}

	private static int[] diamond(Rectangle r) {
		int cx = r.x + r.width / 2;
		int cy = r.y + r.height / 2;
		return new int[] { cx, r.y, r.x + r.width, cy, cx, r.y + r.height, r.x, cy };
	}
}
