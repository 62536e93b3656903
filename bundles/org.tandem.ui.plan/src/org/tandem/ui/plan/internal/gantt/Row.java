package org.tandem.ui.plan.internal.gantt;

import org.tandem.model.api.PlanItem;

/** A row of the plan as the table shows it: the item, and the row's top and height in pixels. */
public record Row(PlanItem item, int y, int height) {

	/** The vertical middle. */
	public int middle() {
		return y + height / 2;
	}
}
