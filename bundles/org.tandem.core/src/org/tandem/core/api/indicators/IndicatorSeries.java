package org.tandem.core.api.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tandem.model.api.Indicator;
import org.tandem.model.api.Measure;
import org.tandem.model.api.Measurement;
import org.tandem.model.api.Target;

/**
 * An indicator's figures by year, all in the indicator's unit: what was measured (the last
 * measurement of each year), the targets, the baseline, and what its measures are expected to
 * reach (the baseline plus the sum of their expected impacts). Figures whose unit cannot be
 * converted are left out of the lines and listed in {@link #unconverted()}.
 *
 * @since 0.1
 */
public record IndicatorSeries(int baselineYear, double baselineValue, SortedMap<Integer, Double> measured,
		SortedMap<Integer, Double> targets, SortedMap<Integer, Double> expected, List<Object> unconverted) {

	/** The series of {@code indicator}. */
	public static IndicatorSeries of(Indicator indicator) {
		List<Object> unconverted = new ArrayList<>();
		SortedMap<Integer, Double> measured = new TreeMap<>();
		List<Measurement> byDate = new ArrayList<>(indicator.getMeasurements());
		byDate.removeIf(m -> m.getDate() == null);
		byDate.sort((a, b) -> a.getDate().compareTo(b.getDate()));
		for (Measurement measurement : byDate) {
			OptionalDouble value = UnitConversion.toIndicatorUnit(measurement.getValue(), measurement.getUnit(), indicator);
			if (value.isPresent()) {
				measured.put(measurement.getDate().getYear(), value.getAsDouble());
			} else {
				unconverted.add(measurement);
			}
		}
		SortedMap<Integer, Double> targets = new TreeMap<>();
		for (Target target : indicator.getTargets()) {
			OptionalDouble value = UnitConversion.toIndicatorUnit(target.getValue(), target.getUnit(), indicator);
			if (value.isPresent()) {
				targets.put(target.getYear(), value.getAsDouble());
			} else {
				unconverted.add(target);
			}
		}
		return new IndicatorSeries(indicator.getBaselineYear(), indicator.getBaselineValue(), Collections.unmodifiableSortedMap(measured),
				Collections.unmodifiableSortedMap(targets), expected(indicator, targets), List.copyOf(unconverted));
	}

	/** The baseline plus the expected impacts of all measures, from the baseline year to the last impact or target year. */
	private static SortedMap<Integer, Double> expected(Indicator indicator, SortedMap<Integer, Double> targets) {
		List<Measure> measures = List.copyOf(ExpectedImpacts.measures(indicator));
		SortedMap<Integer, Double> expected = new TreeMap<>();
		if (measures.isEmpty()) {
			return expected;
		}
		int last = indicator.getBaselineYear();
		for (var impact : ExpectedImpacts.on(indicator)) {
			last = Math.max(last, impact.getYear());
		}
		if (!targets.isEmpty()) {
			last = Math.max(last, targets.lastKey());
		}
		for (int year = indicator.getBaselineYear(); year <= last; year++) {
			double value = indicator.getBaselineValue();
			for (Measure measure : measures) {
				value += ExpectedImpacts.in(measure, indicator, year);
			}
			expected.put(year, value);
		}
		return Collections.unmodifiableSortedMap(expected);
	}

	/** The latest measured year and value, if anything was measured. */
	public OptionalDouble latestMeasured() {
		return measured.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(measured.get(measured.lastKey()));
	}
}
