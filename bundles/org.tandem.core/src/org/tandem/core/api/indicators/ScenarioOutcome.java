package org.tandem.core.api.indicators;

import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;

import org.tandem.model.api.Scenario;

/**
 * How an indicator fares under one scenario: its projection by year, the first year in which it
 * reaches the target ({@code reachedIn}, empty when it does not within the horizon), whether that
 * is by the target's year, and the scenario's cost by currency (each measure's cost times its
 * adoption share).
 *
 * @since 0.1
 */
public record ScenarioOutcome(Scenario scenario, SortedMap<Integer, Double> projection, OptionalInt reachedIn, boolean inTime,
		Map<String, Double> cost) {

	/** Whether the scenario has no measures: the reference. */
	public boolean reference() {
		return scenario.getMeasures().isEmpty();
	}
}
