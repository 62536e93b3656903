package org.tandem.ui.indicators.internal;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.indicators.Calculations;
import org.tandem.core.api.indicators.IndicatorSeries;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.core.spi.Contributions;
import org.tandem.model.api.Indicator;

/**
 * Draws one indicator into a {@link LineChart}: measured values, targets as points, the baseline,
 * the baseline plus the expected impact of its measures, and the line of each other calculator
 * that applies (the built-in expected-impact line is the one already drawn).
 */
final class IndicatorCharts {

	private static final String BUILT_IN_EXPECTED = "org.tandem.core.expected-impact"; //$NON-NLS-1$

	private final Consumer<ContributionFailure> failures;

	IndicatorCharts(Consumer<ContributionFailure> failures) {
		this.failures = failures;
	}

	void draw(LineChart chart, Indicator indicator, String title) {
		IndicatorSeries series = IndicatorSeries.of(indicator);
		chart.reset(title, indicator.getUnit());
		chart.add(Messages.seriesMeasured, series.measured(), LineChart.Style.LINE);
		chart.add(Messages.seriesTargets, series.targets(), LineChart.Style.POINTS);
		SortedMap<Integer, Double> baseline = new TreeMap<>();
		baseline.put(series.baselineYear(), series.baselineValue());
		chart.add(Messages.seriesBaseline, baseline, LineChart.Style.POINTS);
		chart.add(Messages.seriesExpected, series.expected(), LineChart.Style.DASHED);
		var others = CalculatorServices.current().stream()
				.filter(c -> Contributions.call(c, "id", c::id, failures).map(id -> !BUILT_IN_EXPECTED.equals(id)).orElse(false)).toList(); //$NON-NLS-1$
		for (Map.Entry<String, SortedMap<Integer, Double>> line : new Calculations(others, failures).of(indicator, Locale.getDefault()).entrySet()) {
			chart.add(line.getKey(), line.getValue(), LineChart.Style.DASHED);
		}
		chart.fit();
	}
}
