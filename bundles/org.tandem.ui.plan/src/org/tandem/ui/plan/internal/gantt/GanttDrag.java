package org.tandem.ui.plan.internal.gantt;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.tandem.model.api.PlanItem;
import org.tandem.ui.plan.internal.model.PlanDates;

/**
 * The mouse on the chart: a click selects an item; dragging a bar moves it, dragging an end of a
 * task's bar moves that end, dragging from the link handle after a bar onto another bar makes the
 * other depend on it. Nothing changes until the button is released; then one command does it.
 */
final class GanttDrag implements Listener {

	/** What the drag works on: the chart. */
	interface Chart {
		Optional<Bar> barAt(int x, int y);

		TimeScale scale();

		/** Shows proposed dates (null: none), or a link being drawn (null: none). */
		void preview(BarLayout.Preview dates, int[] link);

		void select(PlanItem item);

		void setCursor(int cursor);

		void changeDates(PlanItem item, LocalDate start, LocalDate finish);

		void link(PlanItem predecessor, PlanItem successor);
	}

	private final Chart chart;
	private final Control control;
	private Bar.Part mode = Bar.Part.NONE;
	private Bar pressed;
	private Point down;
	private LocalDate start;
	private LocalDate finish;
	private long days;

	GanttDrag(Chart chart, Control control) {
		this.chart = chart;
		this.control = control;
	}

	@Override
	public void handleEvent(Event event) {
		if (event.type == SWT.MouseDown || event.type == SWT.MouseUp) {
			Point pointer = Pointer.over(control);
			event.x = pointer.x;
			event.y = pointer.y;
		}
		switch (event.type) {
			case SWT.MouseDown -> pressed(event);
			case SWT.MouseMove -> moved(event);
			case SWT.MouseUp -> released(event);
			default -> {
				// other events are not the drag's
			}
		}
	}

	private void pressed(Event event) {
		if (event.button != 1) {
			return;
		}
		Optional<Bar> bar = chart.barAt(event.x, event.y);
		if (bar.isEmpty()) {
			return;
		}
		pressed = bar.get();
		mode = pressed.hit(event.x, event.y);
		down = new Point(event.x, event.y);
		start = PlanDates.start(pressed.item());
		finish = PlanDates.finish(pressed.item());
		days = 0;
		chart.select(pressed.item());
	}

	private void moved(Event event) {
		if (mode == Bar.Part.NONE || pressed == null) {
			chart.setCursor(cursor(chart.barAt(event.x, event.y).map(bar -> bar.hit(event.x, event.y)).orElse(Bar.Part.NONE)));
			return;
		}
		if (mode == Bar.Part.LINK) {
			chart.preview(null, new int[] { pressed.handleX(), pressed.row().middle(), event.x, event.y });
			return;
		}
		days = chart.scale().days(event.x - down.x);
		chart.preview(new BarLayout.Preview(pressed.item(), newStart(), newFinish()), null);
	}

	private void released(Event event) {
		if (mode == Bar.Part.NONE || pressed == null) {
			return;
		}
		Bar.Part was = mode;
		PlanItem item = pressed.item();
		days = chart.scale().days(event.x - down.x);
		LocalDate newStart = newStart();
		LocalDate newFinish = newFinish();
		mode = Bar.Part.NONE;
		pressed = null;
		chart.preview(null, null);
		if (was == Bar.Part.LINK) {
			chart.barAt(event.x, event.y).filter(target -> target.item() != item).ifPresent(target -> chart.link(item, target.item()));
		} else if (days != 0) {
			chart.changeDates(item, newStart, newFinish);
		}
	}

	private LocalDate newStart() {
		if (mode == Bar.Part.FINISH) {
			return start;
		}
		LocalDate moved = start.plusDays(days);
		return mode == Bar.Part.START && moved.isAfter(finish) ? finish : moved;
	}

	private LocalDate newFinish() {
		if (mode == Bar.Part.START) {
			return finish;
		}
		LocalDate moved = finish.plusDays(days);
		return mode == Bar.Part.FINISH && moved.isBefore(start) ? start : moved;
	}

	private static int cursor(Bar.Part part) {
		return switch (part) {
			case START, FINISH -> SWT.CURSOR_SIZEWE;
			case BODY -> SWT.CURSOR_SIZEALL;
			case LINK -> SWT.CURSOR_CROSS;
			case NONE -> SWT.CURSOR_ARROW;
		};
	}
}
