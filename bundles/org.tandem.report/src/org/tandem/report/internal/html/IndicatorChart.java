package org.tandem.report.internal.html;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tandem.core.api.indicators.IndicatorSeries;

/**
 * A small SVG chart of one indicator: the baseline as a dashed line, the measured values as a
 * line with dots and the targets as diamonds, over the years from the first to the last figure,
 * with the first and last year and the highest value written at the edges.
 */
final class IndicatorChart {

	static final int WIDTH = 320;
	static final int HEIGHT = 110;
	private static final int LEFT = 8;
	private static final int RIGHT = 8;
	private static final int TOP = 16;
	private static final int BOTTOM = 18;

	private final IndicatorSeries series;
	private final int firstYear;
	private final int lastYear;
	private final double max;
	private final double low;
	private final double high;

	IndicatorChart(IndicatorSeries series) {
		this.series = series;
		SortedMap<Integer, Double> all = new TreeMap<>(series.measured());
		all.putAll(series.targets());
		all.put(series.baselineYear(), series.baselineValue());
		firstYear = all.firstKey();
		lastYear = Math.max(all.lastKey(), firstYear + 1);
		double min = all.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
		max = all.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
		double pad = max == min ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.08;
		low = min - pad;
		high = max + pad;
	}

	/** Writes the chart, titled {@code title} for screen readers, with {@code numbers} formatting values. */
	void write(Html html, String title, java.util.function.DoubleFunction<String> numbers) {
		html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				String.valueOf(WIDTH), "height", String.valueOf(HEIGHT), "role", "img", "class", "chart"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.element("title", title); //$NON-NLS-1$
		line(html, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#d1d9e0", null); //$NON-NLS-1$
		line(html, x(firstYear), y(series.baselineValue()), x(lastYear), y(series.baselineValue()), "#59636e", "4 3"); //$NON-NLS-1$ //$NON-NLS-2$
		measured(html);
		for (Map.Entry<Integer, Double> target : series.targets().entrySet()) {
			double cx = x(target.getKey());
			double cy = y(target.getValue());
			html.empty("path", "d", "M" + Html.number(cx) + " " + Html.number(cy - 5) + "l5 5l-5 5l-5 -5z", "fill", "#fff", "stroke", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
					"#d55e00", "stroke-width", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		label(html, LEFT, HEIGHT - 4, "start", String.valueOf(firstYear)); //$NON-NLS-1$
		label(html, WIDTH - RIGHT, HEIGHT - 4, "end", String.valueOf(lastYear)); //$NON-NLS-1$
		label(html, LEFT, 11, "start", numbers.apply(max)); //$NON-NLS-1$
		html.close("svg"); //$NON-NLS-1$
	}

	private void measured(Html html) {
		StringBuilder points = new StringBuilder();
		for (Map.Entry<Integer, Double> value : series.measured().entrySet()) {
			points.append(Html.number(x(value.getKey()))).append(',').append(Html.number(y(value.getValue()))).append(' ');
		}
		if (series.measured().size() > 1) {
			html.empty("polyline", "points", points.toString().strip(), "fill", "none", "stroke", "#0072b2", "stroke-width", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		}
		for (Map.Entry<Integer, Double> value : series.measured().entrySet()) {
			html.empty("circle", "cx", Html.number(x(value.getKey())), "cy", Html.number(y(value.getValue())), "r", "3", "fill", "#0072b2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		}
	}

	private static void line(Html html, double x1, double y1, double x2, double y2, String colour, String dashes) {
		html.empty("line", "x1", Html.number(x1), "y1", Html.number(y1), "x2", Html.number(x2), "y2", Html.number(y2), "stroke", colour, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"stroke-width", "1.5", "stroke-dasharray", dashes); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void label(Html html, double x, double y, String anchor, String text) {
		html.element("text", text, "x", Html.number(x), "y", Html.number(y), "text-anchor", anchor, "font-size", "10", "fill", "#59636e"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}

	private double x(int year) {
		return LEFT + (WIDTH - LEFT - RIGHT - 10) * (double) (year - firstYear) / (lastYear - firstYear) + 5;
	}

	private double y(double value) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low);
	}
}
