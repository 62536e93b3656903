package org.tandem.ui.plan.internal.table;

import org.tandem.ui.plan.internal.Messages;

/** The columns of the plan's table, in order, with their titles and widths. */
public enum PlanColumn {
	NAME(250), RESPONSIBLE(120), START(100), FINISH(100), DURATION(65), FLOAT(65), PROGRESS(70), STATUS(100);

	private final int width;

	PlanColumn(int width) {
		this.width = width;
	}

	public int width() {
		return width;
	}

	public String title() {
		return switch (this) {
			case NAME -> Messages.column_name;
			case RESPONSIBLE -> Messages.column_responsible;
			case START -> Messages.column_start;
			case FINISH -> Messages.column_finish;
			case DURATION -> Messages.column_duration;
			case PROGRESS -> Messages.column_progress;
			case STATUS -> Messages.column_status;
			case FLOAT -> Messages.column_float;
		};
	}
}
