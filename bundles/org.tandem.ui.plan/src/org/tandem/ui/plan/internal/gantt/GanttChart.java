package org.tandem.ui.plan.internal.gantt;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.ui.plan.internal.model.PlanDates;

/**
 * The Gantt chart beside the plan's table: a canvas that draws the rows the table shows (and only
 * those), marks the critical path, scrolls sideways through the plan's time span, zooms by week, month, quarter or year, and
 * hands the changes a person drags to its {@link Actions}.
 */
public final class GanttChart implements GanttDrag.Chart {

	/** What the chart asks its editor to do. */
	public interface Actions {
		void select(PlanItem item);

		void changeDates(PlanItem item, LocalDate start, LocalDate finish);

		void link(PlanItem predecessor, PlanItem successor);
	}

	/** Days shown before the plan's first day and after its last. */
	private static final int MARGIN_DAYS = 14;

	private final Canvas canvas;
	private final ImplementationPlan plan;
	private final RowSource rows;
	private final Actions actions;
	private final GanttPainter painter;
	private Zoom zoom = Zoom.MONTH;
	private Baseline baseline;
	private Set<PlanItem> selected = Set.of();
	private Set<PlanItem> critical = Set.of();
	private LocalDate origin;
	private LocalDate end;
	private BarLayout.Preview preview;
	private int[] linkPreview;

	public GanttChart(Composite parent, ImplementationPlan plan, RowSource rows, Actions actions) {
		this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL);
		this.plan = plan;
		this.rows = rows;
		this.actions = actions;
		this.painter = new GanttPainter(new GanttColors(canvas.getDisplay()));
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> updateScrollBar());
		canvas.getHorizontalBar().addListener(SWT.Selection, event -> canvas.redraw());
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		GanttDrag drag = new GanttDrag(this, canvas);
		canvas.addListener(SWT.MouseDown, drag);
		canvas.addListener(SWT.MouseMove, drag);
		canvas.addListener(SWT.MouseUp, drag);
		span();
	}

	public Canvas control() {
		return canvas;
	}

	public Zoom zoom() {
		return zoom;
	}

	/** Changes the zoom, keeping the day in the middle of the chart where it is. */
	public void setZoom(Zoom zoom) {
		int middle = canvas.getClientArea().width / 2;
		LocalDate centre = scale().day(middle);
		this.zoom = zoom;
		updateScrollBar();
		scrollTo(new TimeScale(origin, zoom, 0).x(centre) - middle);
	}

	public void setBaseline(Baseline baseline) {
		this.baseline = baseline;
		canvas.redraw();
	}

	/** The tasks and milestones drawn as the critical path. */
	public void setCritical(Set<PlanItem> critical) {
		this.critical = critical;
		canvas.redraw();
	}

	public Set<PlanItem> critical() {
		return critical;
	}

	public void setSelection(Set<PlanItem> selected) {
		this.selected = selected;
		canvas.redraw();
	}

	/** Takes in changes of the plan: its time span may have grown. */
	public void refresh() {
		span();
		updateScrollBar();
		canvas.redraw();
	}

	/** The most detailed zoom that shows the plan's whole time span in the chart's width (else the year view). */
	public Zoom fittingZoom() {
		int width = canvas.getClientArea().width;
		for (Zoom candidate : Zoom.values()) {
			if (new TimeScale(origin, candidate, 0).x(end) <= width) {
				return candidate;
			}
		}
		return Zoom.YEAR;
	}

	/** Scrolls so that {@code day} is near the left edge. */
	public void reveal(LocalDate day) {
		if (day != null) {
			scrollTo(new TimeScale(origin, zoom, 0).x(day) - canvas.getClientArea().width / 4);
		}
	}

	@Override
	public TimeScale scale() {
		ScrollBar bar = canvas.getHorizontalBar();
		return new TimeScale(origin, zoom, bar == null ? 0 : bar.getSelection());
	}

	private void span() {
		LocalDate first = plan.getStart();
		LocalDate last = plan.getFinish();
		for (PlanItem item : plan.getItems()) {
			LocalDate start = PlanDates.start(item);
			LocalDate finish = PlanDates.finish(item);
			first = start != null && (first == null || start.isBefore(first)) ? start : first;
			last = finish != null && (last == null || finish.isAfter(last)) ? finish : last;
		}
		LocalDate today = LocalDate.now();
		first = first == null ? today : first;
		last = last == null || last.isBefore(first) ? first.plusMonths(6) : last;
		origin = first.minusDays(MARGIN_DAYS);
		end = last.plusDays(MARGIN_DAYS);
	}

	private void updateScrollBar() {
		ScrollBar bar = canvas.getHorizontalBar();
		int width = new TimeScale(origin, zoom, 0).x(end);
		int visible = Math.max(1, canvas.getClientArea().width);
		bar.setValues(Math.min(bar.getSelection(), Math.max(0, width - visible)), 0, Math.max(width, visible), visible, 20, visible * 9 / 10);
		canvas.redraw();
	}

	private void scrollTo(int x) {
		ScrollBar bar = canvas.getHorizontalBar();
		bar.setSelection(Math.max(0, Math.min(x, bar.getMaximum() - bar.getThumb())));
		canvas.redraw();
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.SHIFT) != 0) {
			scrollTo(canvas.getHorizontalBar().getSelection() - event.count * 20);
		} else {
			rows.scroll(-event.count);
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					canvas.redraw();
				}
			});
		}
		event.doit = false;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		GanttPainter.Scene scene = new GanttPainter.Scene(plan, rows.visibleRows(), rows, new BarLayout(scale(), preview), baseline,
				selected, critical, LocalDate.now(), Locale.getDefault());
		painter.paint(gc, area.width, area.height, scene);
		if (linkPreview != null) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawLine(linkPreview[0], linkPreview[1], linkPreview[2], linkPreview[3]);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	@Override
	public Optional<Bar> barAt(int x, int y) {
		BarLayout layout = new BarLayout(scale(), null);
		for (Row row : rows.visibleRows()) {
			Optional<Bar> bar = layout.bar(row.item(), row).filter(candidate -> candidate.hit(x, y) != Bar.Part.NONE);
			if (bar.isPresent()) {
				return bar;
			}
		}
		return Optional.empty();
	}

	@Override
	public void preview(BarLayout.Preview dates, int[] link) {
		this.preview = dates;
		this.linkPreview = link;
		canvas.redraw();
	}

	@Override
	public void select(PlanItem item) {
		actions.select(item);
	}

	@Override
	public void setCursor(int cursor) {
		canvas.setCursor(canvas.getDisplay().getSystemCursor(cursor));
	}

	@Override
	public void changeDates(PlanItem item, LocalDate start, LocalDate finish) {
		actions.changeDates(item, start, finish);
	}

	@Override
	public void link(PlanItem predecessor, PlanItem successor) {
		actions.link(predecessor, successor);
	}
}
