package org.tandem.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.core.api.milestones.TrafficLight;

/** The report's milestone table: light, name, task group, responsible, planned, baseline, slip and status; the header repeats on each page. */
final class MilestoneTable {

	static final Color GRID = new Color(200, 200, 200);
	static final Color TEXT = Color.BLACK;
	static final Color MUTED = new Color(90, 90, 90);
	private static final float SIZE = 7.5f;
	private static final float ROW = 13;
	/** Column widths in points; together the content width of an A4 page. */
	private static final float[] WIDTHS = { 16, 150, 88, 70, 52, 52, 40, 43 };
	private static final String[] HEADINGS = { "column.light", "column.milestone", "column.taskGroup", "column.responsible", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"column.planned", "column.baseline", "column.slip", "column.status" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private MilestoneTable() {
	}

	static Color color(TrafficLight light) {
		return new Color(light.rgb());
	}

	static void draw(PdfCanvas canvas, ReportTexts texts, List<TrackedMilestone> milestones) throws IOException {
		header(canvas, texts);
		for (TrackedMilestone t : milestones) {
			if (canvas.cursor() + ROW > canvas.bottom()) {
				canvas.newPage();
				header(canvas, texts);
			}
			String[] cells = { "", texts.text(t.milestone().getName()), t.taskGroup() == null ? "" : texts.text(t.taskGroup().getName()), //$NON-NLS-1$ //$NON-NLS-2$
					texts.person(t.responsible()), texts.date(t.planned()), texts.date(t.baselineDay()), texts.slip(t.slipDays()), //$NON-NLS-1$
					texts.names().of(t.state()) };
			row(canvas, cells, TEXT);
			canvas.disc(PdfCanvas.MARGIN + 7, canvas.cursor() - ROW / 2, 3.5f, color(t.light()));
		}
		canvas.advance(10);
	}

	private static void header(PdfCanvas canvas, ReportTexts texts) throws IOException {
		String[] cells = new String[HEADINGS.length];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = i == 0 ? "" : texts.get(HEADINGS[i]); //$NON-NLS-1$
		}
		row(canvas, cells, MUTED);
	}

	private static void row(PdfCanvas canvas, String[] cells, Color color) throws IOException {
		float x = PdfCanvas.MARGIN;
		float top = canvas.cursor();
		for (int i = 0; i < cells.length; i++) {
			canvas.text(x + 2, top + ROW - 4, SIZE, color, cells[i], WIDTHS[i] - 4);
			x += WIDTHS[i];
		}
		canvas.line(PdfCanvas.MARGIN, top + ROW, PdfCanvas.MARGIN + PdfCanvas.CONTENT_WIDTH, top + ROW, GRID, 0.4f, false);
		canvas.advance(ROW);
	}
}
