package org.tandem.core.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Measure;
import org.tandem.model.api.Scenario;

/**
 * Projection, expected impact and scenario comparison on hand-computed figures: emissions of
 * 100 kt in 2020 falling 2 % a year, a target of 80 kt in 2025, a measure worth -10 kt (cost
 * 1,000,000 EUR) and one worth -4 kt from 2023 (-2 kt from 2022) costing 400,000 EUR.
 */
class ProjectionTest {

	private static final double EPS = 1e-9;

	private final Fixture fixture = new Fixture();
	private Indicator emissions;
	private Measure retrofit;
	private Measure heat;

	@BeforeEach
	void build() {
		emissions = fixture.indicator("kt CO2e", "BISKO", 2020, 100, -2);
		Fixture.target(emissions, 2025, 80_000, "t CO2e");
		retrofit = fixture.measure(1_000_000, "EUR");
		Fixture.impact(retrofit, emissions, -10, 2024);
		heat = fixture.measure(400_000, "EUR");
		Fixture.impact(heat, emissions, -2, 2022);
		Fixture.impact(heat, emissions, -4, 2023);
	}

	@Test
	void referenceFollowsTheTrendCompounded() {
		Scenario reference = fixture.scenario();
		assertEquals(100, Projection.in(emissions, reference, 2020), EPS);
		assertEquals(98, Projection.in(emissions, reference, 2021), EPS);
		assertEquals(96.04, Projection.in(emissions, reference, 2022), EPS);
		assertEquals(100 * Math.pow(0.98, 5), Projection.in(emissions, reference, 2025), EPS);
	}

	@Test
	void measuresRampUpFromTheirStartYearTimesAdoption() {
		Scenario scenario = fixture.scenario();
		Fixture.take(scenario, retrofit, 2022, 4, 0.5);
		// full -10 kt, half adopted: a quarter of -5 in 2022, half in 2023, all from 2025 on
		assertEquals(98, Projection.in(emissions, scenario, 2021), EPS);
		assertEquals(96.04 - 1.25, Projection.in(emissions, scenario, 2022), EPS);
		assertEquals(100 * Math.pow(0.98, 3) - 2.5, Projection.in(emissions, scenario, 2023), EPS);
		assertEquals(100 * Math.pow(0.98, 5) - 5, Projection.in(emissions, scenario, 2025), EPS);
		assertEquals(100 * Math.pow(0.98, 6) - 5, Projection.in(emissions, scenario, 2026), EPS);
		assertEquals(2025, Projection.settledBy(scenario));
	}

	@Test
	void noRampUpMeansFullEffectInTheStartYearAndTheLatestImpactIsTheFullEffect() {
		Scenario scenario = fixture.scenario();
		Fixture.take(scenario, heat, 2021, 0, 1);
		assertEquals(98 - 4, Projection.in(emissions, scenario, 2021), EPS);
		assertEquals(-4, ExpectedImpacts.full(heat, emissions), EPS);
		assertEquals(-2, ExpectedImpacts.in(heat, emissions, 2022), EPS);
		assertEquals(0, ExpectedImpacts.in(heat, emissions, 2021), EPS);
	}

	@Test
	void expectedSeriesIsBaselinePlusTheImpactsOfEachYear() {
		IndicatorSeries series = IndicatorSeries.of(emissions);
		assertEquals(Map.of(2020, 100.0, 2021, 100.0, 2022, 98.0, 2023, 96.0, 2024, 86.0, 2025, 86.0), series.expected());
		assertEquals(80, series.targets().get(2025), EPS, "the target of 80,000 t in kt");
	}

	@Test
	void comparisonSaysWhichScenarioReachesTheTargetWhenAndAtWhatCost() {
		Scenario reference = fixture.scenario();
		Scenario both = fixture.scenario();
		Fixture.take(both, retrofit, 2021, 2, 1);
		Fixture.take(both, heat, 2021, 0, 1);
		Scenario half = fixture.scenario();
		Fixture.take(half, retrofit, 2024, 3, 0.5);
		ScenarioComparison comparison = new ScenarioComparison(emissions);
		List<ScenarioOutcome> outcomes = comparison.compare(List.of(reference, both, half));
		assertEquals(2026, comparison.horizon(List.of(reference, both, half)), "half settles in 2026, after the target year");

		// reference: 100 * 0.98^n reaches 80 when n >= 11.05 -> 2032, beyond the horizon
		assertTrue(outcomes.get(0).reference());
		assertEquals(OptionalInt.empty(), outcomes.get(0).reachedIn());
		assertFalse(outcomes.get(0).inTime());
		assertEquals(Map.of(), outcomes.get(0).cost());

		// both: 2021 98-5-4 = 89; 2022 96.04-10-4 = 82.04; 2023 94.1192-14 = 80.1192; 2024 92.236816-14 = 78.236816
		assertEquals(89, outcomes.get(1).projection().get(2021), EPS);
		assertEquals(80.1192, outcomes.get(1).projection().get(2023), EPS);
		assertEquals(OptionalInt.of(2024), outcomes.get(1).reachedIn());
		assertTrue(outcomes.get(1).inTime());
		assertEquals(Map.of("EUR", 1_400_000.0), outcomes.get(1).cost());

		// half: 2026 is 100*0.98^6 - 5 = 83.57...; never below 80
		assertEquals(OptionalInt.empty(), outcomes.get(2).reachedIn());
		assertEquals(Map.of("EUR", 500_000.0), outcomes.get(2).cost());
	}

	@Test
	void aRisingTargetIsReachedFromBelow() {
		Indicator heatUsed = fixture.indicator("MWh", "measured", 2024, 0, 0);
		Fixture.target(heatUsed, 2027, 100, "MWh");
		Measure link = fixture.measure(0, "EUR");
		Fixture.impact(link, heatUsed, 120, 2027);
		Scenario scenario = fixture.scenario();
		Fixture.take(scenario, link, 2025, 3, 1);
		// 40, 80, 120
		ScenarioOutcome outcome = new ScenarioComparison(heatUsed).compare(List.of(scenario)).get(0);
		assertEquals(OptionalInt.of(2027), outcome.reachedIn());
		assertTrue(outcome.inTime());
	}
}
