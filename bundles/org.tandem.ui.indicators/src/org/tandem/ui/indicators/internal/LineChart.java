package org.tandem.ui.indicators.internal;

import java.util.Map;
import java.util.SortedMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/**
 * A chart of values by year (SWTChart): lines, dashed lines and points, each with its name in the
 * legend, years on the x axis without decimals, the unit on the y axis.
 */
final class LineChart {

	/** How a series is drawn. */
	enum Style {
		LINE, DASHED, POINTS
	}

	private static final int[] PALETTE = { SWT.COLOR_DARK_BLUE, SWT.COLOR_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_YELLOW,
			SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_GRAY };

	private final Chart chart;
	private int count;

	LineChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.axisYear);
		chart.getAxisSet().getXAxis(0).getTick().setFormat(new YearFormat());
		chart.getAxisSet().getYAxis(0).getTick().setFormat(java.text.NumberFormat.getNumberInstance());
	}

	Chart control() {
		return chart;
	}

	/** Removes every series and sets the title and the y axis' unit. */
	void reset(String title, String unit) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		count = 0;
		chart.getTitle().setText(title);
		IAxis y = chart.getAxisSet().getYAxis(0);
		y.getTitle().setText(unit == null ? "" : unit); //$NON-NLS-1$
	}

	/** Adds a series named {@code name}; nothing when it has no values. */
	void add(String name, SortedMap<Integer, Double> values, Style style) {
		if (values.isEmpty()) {
			return;
		}
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "s" + count); //$NON-NLS-1$
		series.setDescription(name);
		double[] x = new double[values.size()];
		double[] y = new double[values.size()];
		int i = 0;
		for (Map.Entry<Integer, Double> entry : values.entrySet()) {
			x[i] = entry.getKey();
			y[i++] = entry.getValue();
		}
		series.setXSeries(x);
		series.setYSeries(y);
		Color color = chart.getDisplay().getSystemColor(PALETTE[count++ % PALETTE.length]);
		series.setLineColor(color);
		series.setSymbolColor(color);
		series.setLineWidth(2);
		series.setSymbolType(style == Style.LINE ? PlotSymbolType.NONE : PlotSymbolType.CIRCLE);
		series.setSymbolSize(style == Style.POINTS ? 5 : 3);
		series.setLineStyle(style == Style.POINTS ? LineStyle.NONE : style == Style.DASHED ? LineStyle.DASH : LineStyle.SOLID);
	}

	/** Fits the axes to the series, with half a year of room on either side. */
	void fit() {
		chart.getAxisSet().adjustRange();
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.setRange(new org.eclipse.swtchart.Range(x.getRange().lower - 0.5, x.getRange().upper + 0.5));
		chart.redraw();
	}

	/** The names of the series shown, in order. */
	java.util.List<String> names() {
		return java.util.Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getDescription).toList();
	}
}
