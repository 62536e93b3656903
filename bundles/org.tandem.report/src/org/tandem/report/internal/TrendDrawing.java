package org.tandem.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.tandem.core.api.milestones.MilestoneTrend;
import org.tandem.core.api.milestones.TrendPoint;
import org.tandem.core.api.milestones.TrendSpan;

/**
 * The milestone trend analysis as vector graphics: a square of report date (right) against
 * planned date (up) over the same {@link TrendSpan}, years marked on both axes, the dashed
 * diagonal, one coloured line with dots per milestone and a legend of their names beside it.
 */
final class TrendDrawing {

	private static final float SIDE = 300;
	private static final float AXIS = 34;
	private static final float SIZE = 6.5f;
	private static final Color[] PALETTE = { new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115), new Color(204, 121, 167),
			new Color(86, 180, 233), new Color(213, 94, 0), new Color(120, 120, 0), new Color(0, 0, 0) };

	private final PdfCanvas canvas;
	private final ReportTexts texts;
	private TrendSpan span;
	private float left;
	private float top;

	TrendDrawing(PdfCanvas canvas, ReportTexts texts) {
		this.canvas = canvas;
		this.texts = texts;
	}

	/** Draws {@code trends} (those with points) below the cursor; {@code leftOut} milestones are not drawn and only counted in a note. */
	void draw(List<MilestoneTrend> trends, int leftOut) throws IOException {
		canvas.room(SIDE + AXIS + 60);
		canvas.text(PdfCanvas.MARGIN, canvas.cursor() + 12, 12, MilestoneTable.TEXT, texts.get("trend"), 0); //$NON-NLS-1$
		canvas.advance(34);
		List<MilestoneTrend> drawn = trends.stream().filter(t -> !t.points().isEmpty()).toList();
		Optional<TrendSpan> found = TrendSpan.of(drawn);
		if (found.isEmpty()) {
			canvas.paragraph(9, MilestoneTable.MUTED, texts.get("trend.none")); //$NON-NLS-1$
			return;
		}
		span = found.get();
		left = PdfCanvas.MARGIN + AXIS;
		top = canvas.cursor();
		axes();
		canvas.line(left, top + SIDE, left + SIDE, top, MilestoneTable.MUTED, 0.6f, true);
		for (int i = 0; i < drawn.size(); i++) {
			line(drawn.get(i), PALETTE[i % PALETTE.length], i);
		}
		canvas.advance(SIDE + AXIS);
		if (leftOut > 0) {
			canvas.paragraph(8, MilestoneTable.MUTED, texts.get("trend.more", drawn.size())); //$NON-NLS-1$
		}
	}

	private float x(LocalDate day) {
		return left + SIDE * (day.toEpochDay() - span.first().toEpochDay()) / span.days();
	}

	private float y(LocalDate day) {
		return top + SIDE - SIDE * (day.toEpochDay() - span.first().toEpochDay()) / span.days();
	}

	private void axes() throws IOException {
		canvas.line(left, top, left, top + SIDE, MilestoneTable.TEXT, 0.6f, false);
		canvas.line(left, top + SIDE, left + SIDE, top + SIDE, MilestoneTable.TEXT, 0.6f, false);
		for (LocalDate year = span.first().withDayOfYear(1).plusYears(1); !year.isAfter(span.last()); year = year.plusYears(1)) {
			canvas.line(x(year), top, x(year), top + SIDE, MilestoneTable.GRID, 0.3f, false);
			canvas.line(left, y(year), left + SIDE, y(year), MilestoneTable.GRID, 0.3f, false);
			canvas.text(x(year) - 7, top + SIDE + 9, SIZE, MilestoneTable.MUTED, String.valueOf(year.getYear()), 0);
			canvas.text(left - 20, y(year) + 2, SIZE, MilestoneTable.MUTED, String.valueOf(year.getYear()), 0);
		}
		canvas.text(left, top + SIDE + 20, 7.5f, MilestoneTable.TEXT, texts.get("trend.reported") + " \u2192", 0); //$NON-NLS-1$ //$NON-NLS-2$
		canvas.text(PdfCanvas.MARGIN - 4, top - 4, 7.5f, MilestoneTable.TEXT, texts.get("trend.planned") + " \u2191", 0); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void line(MilestoneTrend trend, Color color, int index) throws IOException {
		List<TrendPoint> points = trend.points();
		for (int i = 0; i < points.size(); i++) {
			TrendPoint point = points.get(i);
			canvas.disc(x(point.reported()), y(point.planned()), 2, color);
			if (i > 0) {
				TrendPoint before = points.get(i - 1);
				canvas.line(x(before.reported()), y(before.planned()), x(point.reported()), y(point.planned()), color, 1.2f, false);
			}
		}
		float legendX = left + SIDE + 16;
		float legendY = top + 8 + index * 11;
		if (legendY < top + SIDE + AXIS) {
			canvas.fill(legendX, legendY - 5, 10, 2, color);
			canvas.text(legendX + 14, legendY, SIZE, MilestoneTable.TEXT, texts.text(trend.milestone().getName()),
					PdfCanvas.MARGIN + PdfCanvas.CONTENT_WIDTH - legendX - 14);
		}
	}
}
