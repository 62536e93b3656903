package org.tandem.core.api.indicators;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.tandem.model.api.Indicator;
import org.tandem.model.api.Partnership;

/**
 * How far each indicator of a partnership has come, as of a year: from its baseline, through its
 * latest measurement up to that year, towards its next target from that year on (or its last one
 * when all lie before). {@link #share()} is the part of the way from baseline to target that is
 * done: 0 at the baseline, 1 at the target, below 0 when the indicator moved away from it.
 *
 * @since 0.1
 */
public record IndicatorProgress(Indicator indicator, OptionalInt measuredYear, OptionalDouble measured, OptionalInt targetYear,
		OptionalDouble target) {

	/** The progress of every indicator of {@code partnership} as of {@code year}. */
	public static List<IndicatorProgress> of(Partnership partnership, int year) {
		return partnership.getIndicators().stream().map(indicator -> of(indicator, year)).toList();
	}

	/** The progress of {@code indicator} as of {@code year}. */
	public static IndicatorProgress of(Indicator indicator, int year) {
		IndicatorSeries series = IndicatorSeries.of(indicator);
		var measured = series.measured().headMap(year + 1);
		var targets = series.targets().tailMap(year);
		Map.Entry<Integer, Double> target = targets.isEmpty() ? last(series.targets()) : targets.entrySet().iterator().next();
		Map.Entry<Integer, Double> latest = last(measured);
		return new IndicatorProgress(indicator, latest == null ? OptionalInt.empty() : OptionalInt.of(latest.getKey()),
				latest == null ? OptionalDouble.empty() : OptionalDouble.of(latest.getValue()),
				target == null ? OptionalInt.empty() : OptionalInt.of(target.getKey()),
				target == null ? OptionalDouble.empty() : OptionalDouble.of(target.getValue()));
	}

	private static Map.Entry<Integer, Double> last(java.util.SortedMap<Integer, Double> values) {
		return values.isEmpty() ? null : Map.entry(values.lastKey(), values.get(values.lastKey()));
	}

	/** The share of the way from baseline to target that is done; empty without a measurement or a target. */
	public OptionalDouble share() {
		if (measured.isEmpty() || target.isEmpty() || target.getAsDouble() == indicator.getBaselineValue()) {
			return OptionalDouble.empty();
		}
		double way = target.getAsDouble() - indicator.getBaselineValue();
		return OptionalDouble.of((measured.getAsDouble() - indicator.getBaselineValue()) / way);
	}
}
