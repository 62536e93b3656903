package org.tandem.core.internal.indicators;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.api.indicators.IndicatorSeries;
import org.tandem.core.api.indicators.Projection;
import org.tandem.core.spi.IndicatorCalculator;
import org.tandem.model.api.Indicator;

/**
 * Built in: business as usual, the baseline carried on by the indicator's yearly trend without
 * any measure, up to its last target year.
 */
@Component(service = IndicatorCalculator.class)
public final class TrendCalculator implements IndicatorCalculator {

	@Override
	public String id() {
		return "org.tandem.core.trend"; //$NON-NLS-1$
	}

	@Override
	public String name(Locale locale) {
		return CalculatorNames.of("trend", locale); //$NON-NLS-1$
	}

	@Override
	public boolean appliesTo(Indicator indicator) {
		return indicator.getTrend() != 0 && !indicator.getTargets().isEmpty();
	}

	@Override
	public SortedMap<Integer, Double> calculate(Indicator indicator) {
		SortedMap<Integer, Double> values = new TreeMap<>();
		var targets = IndicatorSeries.of(indicator).targets();
		int last = targets.isEmpty() ? indicator.getBaselineYear() : targets.lastKey();
		for (int year = indicator.getBaselineYear(); year <= last; year++) {
			values.put(year, Projection.reference(indicator, year));
		}
		return values;
	}
}
