package org.tandem.core.api.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tandem.model.api.Indicator;
import org.tandem.model.api.Measure;
import org.tandem.model.api.Scenario;
import org.tandem.model.api.ScenarioMeasure;

/**
 * Compares scenarios on one indicator against its final target (the one with the latest year):
 * which reaches it, in which year, at what cost. A target below the baseline is reached when the
 * projection falls to it or below; one above, when the projection rises to it or above. All
 * scenarios are projected over the same years, from the baseline year to the target year or the
 * year the last measure is fully ramped up, whichever is later.
 *
 * @since 0.1
 */
public final class ScenarioComparison {

	private final Indicator indicator;
	private final IndicatorSeries series;

	/** A comparison on {@code indicator}. */
	public ScenarioComparison(Indicator indicator) {
		this.indicator = indicator;
		this.series = IndicatorSeries.of(indicator);
	}

	/** The final target's year, if the indicator has a target in a convertible unit. */
	public OptionalInt targetYear() {
		return series.targets().isEmpty() ? OptionalInt.empty() : OptionalInt.of(series.targets().lastKey());
	}

	/** The final target's value in the indicator's unit; NaN when there is none. */
	public double targetValue() {
		return series.targets().isEmpty() ? Double.NaN : series.targets().get(series.targets().lastKey());
	}

	/** The last year that {@code scenarios} are projected to. */
	public int horizon(List<Scenario> scenarios) {
		int last = Math.max(indicator.getBaselineYear() + 1, targetYear().orElse(indicator.getBaselineYear()));
		for (Scenario scenario : scenarios) {
			last = Math.max(last, Projection.settledBy(scenario));
		}
		return last;
	}

	/** The outcome of each of {@code scenarios}, in their order. */
	public List<ScenarioOutcome> compare(List<Scenario> scenarios) {
		int to = horizon(scenarios);
		List<ScenarioOutcome> outcomes = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			SortedMap<Integer, Double> projection = Projection.of(indicator, scenario, indicator.getBaselineYear(), to);
			OptionalInt reached = reached(projection);
			boolean inTime = reached.isPresent() && reached.getAsInt() <= targetYear().getAsInt();
			outcomes.add(new ScenarioOutcome(scenario, projection, reached, inTime, cost(scenario)));
		}
		return outcomes;
	}

	private OptionalInt reached(SortedMap<Integer, Double> projection) {
		if (targetYear().isEmpty()) {
			return OptionalInt.empty();
		}
		double target = targetValue();
		boolean falling = target <= indicator.getBaselineValue();
		for (Map.Entry<Integer, Double> year : projection.entrySet()) {
			if (falling ? year.getValue() <= target : year.getValue() >= target) {
				return OptionalInt.of(year.getKey());
			}
		}
		return OptionalInt.empty();
	}

	/** What {@code scenario} costs, by currency: each measure's cost times its adoption. */
	public static Map<String, Double> cost(Scenario scenario) {
		Map<String, Double> cost = new TreeMap<>();
		for (ScenarioMeasure taken : scenario.getMeasures()) {
			Measure measure = taken.getMeasure();
			if (measure != null && measure.getCost() != 0) {
				String currency = measure.getCurrency() == null ? "" : measure.getCurrency(); //$NON-NLS-1$
				cost.merge(currency, measure.getCost() * taken.getAdoption(), Double::sum);
			}
		}
		return cost;
	}
}
