package org.tandem.core.api.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;

import org.tandem.core.spi.ContributionFailure;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.IndicatorCalculator;
import org.tandem.model.api.Indicator;

/**
 * Runs the indicator calculators that apply to an indicator, each through
 * {@link Contributions#call}, so that one that throws is reported to the failure sink and the
 * others' lines still come.
 *
 * @since 0.1
 */
public final class Calculations {

	private final List<IndicatorCalculator> calculators;
	private final Consumer<ContributionFailure> failures;

	/** Calculations by {@code calculators}; what a calculator throws goes to {@code failures}. */
	public Calculations(List<IndicatorCalculator> calculators, Consumer<ContributionFailure> failures) {
		this.calculators = List.copyOf(calculators);
		this.failures = failures;
	}

	/** The values that each applicable calculator derives for {@code indicator}, by its name in {@code locale}. */
	public Map<String, SortedMap<Integer, Double>> of(Indicator indicator, Locale locale) {
		Map<String, SortedMap<Integer, Double>> lines = new LinkedHashMap<>();
		for (IndicatorCalculator calculator : calculators) {
			boolean applies = Contributions.call(calculator, "appliesTo", () -> calculator.appliesTo(indicator), failures).orElse(false); //$NON-NLS-1$
			if (applies) {
				Contributions.call(calculator, "calculate", () -> calculator.calculate(indicator), failures) //$NON-NLS-1$
						.filter(values -> !values.isEmpty())
						.ifPresent(values -> lines.put(Contributions.call(calculator, "name", () -> calculator.name(locale), failures) //$NON-NLS-1$
								.orElse(calculator.getClass().getSimpleName()), values));
			}
		}
		return lines;
	}
}
