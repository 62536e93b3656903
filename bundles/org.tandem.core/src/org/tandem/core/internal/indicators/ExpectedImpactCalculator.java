package org.tandem.core.internal.indicators;

import java.util.Locale;
import java.util.SortedMap;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.api.indicators.ExpectedImpacts;
import org.tandem.core.api.indicators.IndicatorSeries;
import org.tandem.core.spi.IndicatorCalculator;
import org.tandem.model.api.Indicator;

/** Built in: an indicator's baseline plus the expected impact of all measures on it, year by year. */
@Component(service = IndicatorCalculator.class)
public final class ExpectedImpactCalculator implements IndicatorCalculator {

	@Override
	public String id() {
		return "org.tandem.core.expected-impact"; //$NON-NLS-1$
	}

	@Override
	public String name(Locale locale) {
		return CalculatorNames.of("expectedImpact", locale); //$NON-NLS-1$
	}

	@Override
	public boolean appliesTo(Indicator indicator) {
		return !ExpectedImpacts.on(indicator).isEmpty();
	}

	@Override
	public SortedMap<Integer, Double> calculate(Indicator indicator) {
		return IndicatorSeries.of(indicator).expected();
	}
}
