package org.tandem.ui.milestones.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.tandem.core.api.milestones.MilestoneTrend;
import org.tandem.core.api.milestones.TrendPoint;
import org.tandem.core.api.milestones.TrendSpan;

/**
 * The milestone trend analysis (Meilensteintrendanalyse) drawn with SWTChart: report date to the
 * right, planned date upwards, one line with markers per milestone and the dashed diagonal on
 * which a milestone is reached. A line that climbs means the milestone slips; a flat one, that it
 * holds. Both axes cover the same {@link TrendSpan}; days are plotted as epoch days.
 */
final class TrendChart {

	/** Line colours, told apart also by people with red-green colour blindness (Okabe-Ito). */
	private static final RGB[] PALETTE = { new RGB(0, 114, 178), new RGB(230, 159, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
			new RGB(86, 180, 233), new RGB(213, 94, 0), new RGB(240, 228, 66), new RGB(0, 0, 0) };
	private static final PlotSymbolType[] SYMBOLS = { PlotSymbolType.CIRCLE, PlotSymbolType.SQUARE, PlotSymbolType.DIAMOND,
			PlotSymbolType.TRIANGLE, PlotSymbolType.INVERTED_TRIANGLE };
	static final String DIAGONAL = "diagonal"; //$NON-NLS-1$

	private final Chart chart;
	private final Texts texts;

	TrendChart(Composite parent, Texts texts) {
		this.texts = texts;
		chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(Messages.trend_title);
		chart.getLegend().setPosition(SWT.RIGHT);
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		x.getTitle().setText(Messages.trend_reported);
		y.getTitle().setText(Messages.trend_planned);
		x.getTick().setFormat(new DayFormat());
		y.getTick().setFormat(new DayFormat());
	}

	Chart control() {
		return chart;
	}

	/** Draws {@code trends}: those with at least one point. */
	void show(List<MilestoneTrend> trends) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		List<MilestoneTrend> drawn = trends.stream().filter(t -> !t.points().isEmpty()).toList();
		Optional<TrendSpan> span = TrendSpan.of(drawn);
		chart.getTitle().setText(span.isPresent() ? Messages.trend_title : Messages.trend_empty);
		if (span.isPresent()) {
			diagonal(span.get());
			for (int i = 0; i < drawn.size(); i++) {
				line(i, drawn.get(i));
			}
			double margin = Math.max(7, span.get().days() * 0.03);
			Range range = new Range(span.get().first().toEpochDay() - margin, span.get().last().toEpochDay() + margin);
			chart.getAxisSet().getXAxis(0).setRange(range);
			chart.getAxisSet().getYAxis(0).setRange(range);
		}
		chart.redraw();
	}

	private void diagonal(TrendSpan span) {
		ILineSeries<?> diagonal = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, DIAGONAL);
		diagonal.setDescription(Messages.trend_diagonal);
		double[] ends = { span.first().toEpochDay() - span.days(), span.last().toEpochDay() + span.days() };
		diagonal.setXSeries(ends);
		diagonal.setYSeries(ends);
		diagonal.setLineStyle(LineStyle.DASH);
		diagonal.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		diagonal.setSymbolType(PlotSymbolType.NONE);
	}

	private void line(int index, MilestoneTrend trend) {
		ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "m" + index); //$NON-NLS-1$
		line.setDescription(texts.label(trend.milestone()));
		List<TrendPoint> points = trend.points();
		double[] xs = new double[points.size()];
		double[] ys = new double[points.size()];
		for (int i = 0; i < points.size(); i++) {
			xs[i] = points.get(i).reported().toEpochDay();
			ys[i] = points.get(i).planned().toEpochDay();
		}
		line.setXSeries(xs);
		line.setYSeries(ys);
		Color color = new Color(PALETTE[index % PALETTE.length]);
		line.setLineColor(color);
		line.setSymbolColor(color);
		line.setLineWidth(2);
		line.setSymbolType(SYMBOLS[index / PALETTE.length % SYMBOLS.length]);
		line.setSymbolSize(4);
		line.setAntialias(SWT.ON);
	}

	/** The series drawn now, the diagonal first. */
	List<ISeries<?>> series() {
		return new ArrayList<>(List.of(chart.getSeriesSet().getSeries()));
	}

	/** Epoch days as dates in the reader's short form, and back (SWTChart reads its tick labels again). */
	private static final class DayFormat extends Format {
		private static final long serialVersionUID = 1L;
		private final transient DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

		@Override
		public StringBuffer format(Object value, StringBuffer into, FieldPosition position) {
			return into.append(dates.format(LocalDate.ofEpochDay(Math.round(((Number) value).doubleValue()))));
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			try {
				LocalDate day = LocalDate.from(dates.parse(source.substring(position.getIndex())));
				position.setIndex(source.length());
				return (double) day.toEpochDay();
			} catch (DateTimeException e) {
				position.setErrorIndex(position.getIndex());
				return null;
			}
		}
	}
}
