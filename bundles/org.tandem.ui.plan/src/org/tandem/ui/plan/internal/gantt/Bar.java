package org.tandem.ui.plan.internal.gantt;

import org.eclipse.swt.graphics.Rectangle;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.WorkPackage;

/**
 * Where an item's bar lies in the chart: a task's bar, a work package's thinner summary bar, a
 * milestone's diamond; and which part of it a point hits (the body, an end to resize, or the link
 * handle beside the finish).
 */
public record Bar(PlanItem item, Rectangle bounds, Row row) {

	/** The grip width at each end of a bar. */
	static final int GRIP = 4;
	/** The radius of the link handle. */
	static final int HANDLE = 4;

	/** What a point hits. */
	public enum Part {
		NONE, BODY, START, FINISH, LINK
	}

	/** The bar of an item from {@code startX} to {@code endX} in {@code row}. */
	public static Bar of(PlanItem item, int startX, int endX, Row row) {
		int height = row.height();
		if (item instanceof Milestone) {
			int size = Math.max(6, height * 6 / 10) | 1;
			int center = (startX + endX) / 2;
			return new Bar(item, new Rectangle(center - size / 2, row.middle() - size / 2, size, size), row);
		}
		int barHeight = item instanceof WorkPackage ? Math.max(4, height / 4) : Math.max(6, height / 2);
		return new Bar(item, new Rectangle(startX, row.middle() - barHeight / 2, Math.max(2, endX - startX), barHeight), row);
	}

	public boolean isDiamond() {
		return item instanceof Milestone;
	}

	public int startX() {
		return bounds.x;
	}

	public int endX() {
		return bounds.x + bounds.width;
	}

	/** The centre of the link handle, just after the finish. */
	public int handleX() {
		return endX() + HANDLE + 2;
	}

	/** Which part of the bar is at {@code x, y}. */
	public Part hit(int x, int y) {
		if (y < row.y() || y >= row.y() + row.height()) {
			return Part.NONE;
		}
		if (Math.abs(x - handleX()) <= HANDLE + 1) {
			return Part.LINK;
		}
		if (x < startX() - 1 || x > endX() + 1) {
			return Part.NONE;
		}
		if (isDiamond() || item instanceof WorkPackage || bounds.width < 3 * GRIP) {
			return Part.BODY;
		}
		if (x <= startX() + GRIP) {
			return Part.START;
		}
		return x >= endX() - GRIP ? Part.FINISH : Part.BODY;
	}
}
