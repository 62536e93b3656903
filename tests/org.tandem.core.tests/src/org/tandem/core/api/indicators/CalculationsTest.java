package org.tandem.core.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.tandem.core.internal.indicators.ExpectedImpactCalculator;
import org.tandem.core.internal.indicators.TrendCalculator;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.core.spi.IndicatorCalculator;
import org.tandem.model.api.Indicator;

/** The built-in calculators, run through Calculations, and registered as services. */
class CalculationsTest {

	@Test
	void builtInCalculatorsGiveExpectedImpactAndTrendAndAFailingOneIsReported() {
		Fixture fixture = new Fixture();
		Indicator water = fixture.indicator("million m3", "statistical yearbook", 2023, 400, -1);
		Fixture.target(water, 2025, 380, "million m3");
		Fixture.impact(fixture.measure(0, "CNY"), water, -18, 2024);
		IndicatorCalculator broken = new IndicatorCalculator() {
			@Override
			public String id() {
				return "broken";
			}

			@Override
			public String name(Locale locale) {
				return "Broken";
			}

			@Override
			public boolean appliesTo(Indicator indicator) {
				return true;
			}

			@Override
			public SortedMap<Integer, Double> calculate(Indicator indicator) {
				throw new IllegalStateException("no data");
			}
		};
		List<ContributionFailure> failures = new ArrayList<>();
		Map<String, SortedMap<Integer, Double>> lines = new Calculations(List.of(new ExpectedImpactCalculator(), broken, new TrendCalculator()),
				failures::add).of(water, Locale.GERMAN);
		assertEquals(List.of("Ausgangswert plus erwartete Wirkung der Maßnahmen", "Trend ohne Maßnahmen"), List.copyOf(lines.keySet()));
		assertEquals(Map.of(2023, 400.0, 2024, 382.0, 2025, 382.0), lines.get("Ausgangswert plus erwartete Wirkung der Maßnahmen"));
		assertEquals(396, lines.get("Trend ohne Maßnahmen").get(2024), 1e-9);
		assertEquals(1, failures.size());
		assertEquals("基准值加措施预期效果", new ExpectedImpactCalculator().name(Locale.CHINESE));
		assertEquals("Trend without measures", new TrendCalculator().name(Locale.ENGLISH));
	}

	@Test
	void theBuiltInCalculatorsAreServices() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(Calculations.class).getBundleContext();
		List<String> ids = new ArrayList<>();
		long deadline = System.currentTimeMillis() + 10_000;
		while (ids.size() < 2 && System.currentTimeMillis() < deadline) {
			ids.clear();
			for (var reference : context.getServiceReferences(IndicatorCalculator.class, null)) {
				ids.add(context.getService(reference).id());
			}
			Thread.sleep(ids.size() < 2 ? 100 : 0);
		}
		assertTrue(ids.containsAll(List.of("org.tandem.core.expected-impact", "org.tandem.core.trend")), ids.toString());
	}
}
