package org.tandem.core.spi;

import java.util.SortedMap;

import org.tandem.model.api.Indicator;

/**
 * Derives the values of an indicator by year from what the workspace holds: from the
 * measurements of other indicators (material productivity from output and material used), or
 * from the expected impact of measures.
 *
 * @since 0.1
 */
public interface IndicatorCalculator extends Contribution {

	/** Whether this calculator derives {@code indicator} (for example by its unit or its method). */
	boolean appliesTo(Indicator indicator);

	/**
	 * The values of {@code indicator} by year, in the indicator's unit. The indicator is in a loaded
	 * workspace; the calculator reads it and whatever it refers to, and changes nothing.
	 */
	SortedMap<Integer, Double> calculate(Indicator indicator);
}
