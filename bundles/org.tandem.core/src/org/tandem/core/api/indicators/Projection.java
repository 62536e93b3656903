package org.tandem.core.api.indicators;

import java.util.SortedMap;
import java.util.TreeMap;

import org.tandem.model.api.Indicator;
import org.tandem.model.api.Scenario;
import org.tandem.model.api.ScenarioMeasure;

/**
 * Projects an indicator year by year under a scenario: the baseline value follows the indicator's
 * trend (business as usual, compounded yearly from the baseline year), and each measure of the
 * scenario adds its full expected impact times its adoption share, growing evenly over its
 * ramp-up years from its start year (a third, two thirds, all of it over three years).
 *
 * @since 0.1
 */
public final class Projection {

	private Projection() {
	}

	/** The values of {@code indicator} under {@code scenario} from {@code from} to {@code to}, both included. */
	public static SortedMap<Integer, Double> of(Indicator indicator, Scenario scenario, int from, int to) {
		SortedMap<Integer, Double> values = new TreeMap<>();
		for (int year = from; year <= to; year++) {
			values.put(year, in(indicator, scenario, year));
		}
		return values;
	}

	/** The value of {@code indicator} under {@code scenario} in {@code year}. */
	public static double in(Indicator indicator, Scenario scenario, int year) {
		double value = reference(indicator, year);
		for (ScenarioMeasure taken : scenario.getMeasures()) {
			if (taken.getMeasure() != null) {
				value += ExpectedImpacts.full(taken.getMeasure(), indicator) * taken.getAdoption() * rampUp(taken, year);
			}
		}
		return value;
	}

	/** The value of {@code indicator} in {@code year} without any measure: the baseline carried on by the trend. */
	public static double reference(Indicator indicator, int year) {
		return indicator.getBaselineValue() * Math.pow(1 + indicator.getTrend() / 100, year - indicator.getBaselineYear());
	}

	/** The share of its full effect that {@code taken} has in {@code year}, from 0 to 1. */
	public static double rampUp(ScenarioMeasure taken, int year) {
		if (year < taken.getStartYear()) {
			return 0;
		}
		if (taken.getRampUpYears() <= 1) {
			return 1;
		}
		return Math.min(1, (year - taken.getStartYear() + 1) / (double) taken.getRampUpYears());
	}

	/** The last year in which a measure of {@code scenario} still grows: its start year plus ramp-up. */
	public static int settledBy(Scenario scenario) {
		int last = Integer.MIN_VALUE;
		for (ScenarioMeasure taken : scenario.getMeasures()) {
			last = Math.max(last, taken.getStartYear() + Math.max(0, taken.getRampUpYears() - 1));
		}
		return last;
	}
}
