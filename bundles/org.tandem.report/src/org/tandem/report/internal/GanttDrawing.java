package org.tandem.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * The Gantt chart of one plan as vector graphics: a row per work package (a thin dark bar over its
 * items), task (a bar, the done part darker) and milestone (a diamond), names on the left, years
 * and quarters along the top, today as a red line. Rows that do not fit continue on the next page
 * under a repeated time scale.
 */
final class GanttDrawing {

	private static final float LABEL = 170;
	private static final float ROW = 11;
	private static final float SCALE = 14;
	private static final float SIZE = 6.5f;
	private static final Color TASK = new Color(120, 160, 210);
	private static final Color DONE = new Color(40, 90, 160);
	private static final Color PACKAGE = new Color(60, 60, 60);
	private static final Color MILESTONE = new Color(200, 120, 0);
	private static final Color TODAY = new Color(210, 40, 40);

	private record Row(PlanItem item, int depth, LocalDate start, LocalDate finish) {
	}

	private final PdfCanvas canvas;
	private final ReportTexts texts;
	private final LocalDate today;
	private LocalDate first;
	private LocalDate last;

	GanttDrawing(PdfCanvas canvas, ReportTexts texts, LocalDate today) {
		this.canvas = canvas;
		this.texts = texts;
		this.today = today;
	}

	void draw(ImplementationPlan plan) throws IOException {
		List<Row> rows = new ArrayList<>();
		plan.getItems().forEach(item -> collect(item, 0, rows));
		first = rows.stream().map(Row::start).filter(d -> d != null).min(LocalDate::compareTo).orElse(plan.getStart());
		last = rows.stream().map(Row::finish).filter(d -> d != null).max(LocalDate::compareTo).orElse(plan.getFinish());
		canvas.room(40);
		canvas.text(PdfCanvas.MARGIN, canvas.cursor() + 12, 12, MilestoneTable.TEXT, texts.get("gantt", texts.text(plan.getName())), PdfCanvas.CONTENT_WIDTH); //$NON-NLS-1$
		canvas.advance(18);
		if (first == null || last == null || !last.isAfter(first)) {
			return;
		}
		float chartTop = canvas.cursor();
		scale();
		for (Row row : rows) {
			if (canvas.cursor() + ROW > canvas.bottom()) {
				todayLine(chartTop);
				canvas.newPage();
				chartTop = canvas.cursor();
				scale();
			}
			row(row);
		}
		todayLine(chartTop);
		canvas.advance(12);
	}

	private static void collect(PlanItem item, int depth, List<Row> rows) {
		switch (item) {
		case Task task -> rows.add(new Row(task, depth, task.getStart(), task.getFinish()));
		case Milestone milestone -> rows.add(new Row(milestone, depth, milestone.getPlanned(), milestone.getPlanned()));
		case WorkPackage workPackage -> {
			int index = rows.size();
			rows.add(null);
			workPackage.getChildren().forEach(child -> collect(child, depth + 1, rows));
			List<Row> inside = rows.subList(index + 1, rows.size());
			LocalDate start = inside.stream().map(Row::start).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
			LocalDate finish = inside.stream().map(Row::finish).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
			rows.set(index, new Row(workPackage, depth, start, finish));
		}
		default -> {
			for (EObject child : item.eContents()) {
				if (child instanceof PlanItem planItem) {
					collect(planItem, depth + 1, rows);
				}
			}
		}
		}
	}

	private float x(LocalDate day) {
		float width = PdfCanvas.CONTENT_WIDTH - LABEL;
		double share = (double) (day.toEpochDay() - first.toEpochDay()) / (last.toEpochDay() + 1 - first.toEpochDay());
		return PdfCanvas.MARGIN + LABEL + (float) (share * width);
	}

	/** Years labelled, quarters as fine lines. */
	private void scale() throws IOException {
		float top = canvas.cursor();
		for (LocalDate quarter = first.withDayOfMonth(1).withMonth((first.getMonthValue() - 1) / 3 * 3 + 1); !quarter.isAfter(last); quarter = quarter
				.plusMonths(3)) {
			if (quarter.isBefore(first)) {
				continue;
			}
			boolean year = quarter.getMonthValue() == 1;
			canvas.line(x(quarter), top + (year ? 2 : 8), x(quarter), top + SCALE, MilestoneTable.GRID, year ? 0.8f : 0.3f, false);
			if (year) {
				canvas.text(x(quarter) + 2, top + 9, SIZE, MilestoneTable.MUTED, String.valueOf(quarter.getYear()), 0);
			}
		}
		canvas.line(PdfCanvas.MARGIN, top + SCALE, PdfCanvas.MARGIN + PdfCanvas.CONTENT_WIDTH, top + SCALE, MilestoneTable.GRID, 0.5f, false);
		canvas.advance(SCALE + 2);
	}

	private void row(Row row) throws IOException {
		float top = canvas.cursor();
		canvas.text(PdfCanvas.MARGIN + row.depth() * 6, top + ROW - 3, SIZE, MilestoneTable.TEXT, texts.text(row.item().getName()),
				LABEL - 6 - row.depth() * 6);
		if (row.start() != null && row.finish() != null) {
			switch (row.item()) {
			case Milestone m -> canvas.diamond(x(row.start()) + 0.5f, top + ROW / 2, 3.5f, MILESTONE);
			case Task task -> {
				float from = x(row.start());
				float to = Math.max(from + 1, x(row.finish().plusDays(1)));
				canvas.fill(from, top + 2.5f, to - from, ROW - 5, TASK);
				canvas.fill(from, top + 2.5f, (to - from) * Math.max(0, Math.min(100, task.getProgress())) / 100f, ROW - 5, DONE);
			}
			default -> canvas.fill(x(row.start()), top + 4, Math.max(1, x(row.finish().plusDays(1)) - x(row.start())), 3, PACKAGE);
			}
		}
		canvas.advance(ROW);
	}

	private void todayLine(float top) throws IOException {
		if (!today.isBefore(first) && !today.isAfter(last)) {
			canvas.line(x(today), top, x(today), canvas.cursor(), TODAY, 0.6f, true);
		}
	}
}
