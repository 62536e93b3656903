package org.tandem.ui.plan.internal.gantt;

import org.tandem.ui.plan.internal.Messages;

/** How much time the chart shows: the unit of its timeline and the pixels per day. */
public enum Zoom {
	WEEK(14), MONTH(3), QUARTER(1), YEAR(0.3);

	private final double pixelsPerDay;

	Zoom(double pixelsPerDay) {
		this.pixelsPerDay = pixelsPerDay;
	}

	public double pixelsPerDay() {
		return pixelsPerDay;
	}

	/** The name a person sees. */
	public String label() {
		return switch (this) {
			case WEEK -> Messages.zoom_week;
			case MONTH -> Messages.zoom_month;
			case QUARTER -> Messages.zoom_quarter;
			case YEAR -> Messages.zoom_year;
		};
	}
}
