package org.tandem.ui.plan.internal.gantt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** The colours of the chart (SWT colours need no disposing). */
final class GanttColors {

	final Color background;
	final Color foreground;
	final Color header;
	final Color grid;
	final Color selection;
	final Color task;
	final Color taskDone;
	final Color summary;
	final Color milestone;
	final Color milestoneDone;
	final Color ghost;
	final Color arrow;
	final Color today;
	final Color preview;
	final Color critical;
	final Color criticalOutline;

	GanttColors(Display display) {
		background = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		foreground = display.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		header = display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
		grid = new Color(220, 223, 228);
		selection = new Color(214, 229, 247);
		task = new Color(66, 133, 214);
		taskDone = new Color(29, 78, 150);
		summary = new Color(60, 64, 72);
		milestone = new Color(230, 140, 20);
		milestoneDone = new Color(52, 150, 80);
		ghost = new Color(190, 194, 200);
		arrow = new Color(110, 116, 128);
		today = new Color(214, 48, 49);
		preview = new Color(66, 133, 214, 90);
		critical = new Color(214, 58, 58);
		criticalOutline = new Color(140, 20, 20);
	}
}
