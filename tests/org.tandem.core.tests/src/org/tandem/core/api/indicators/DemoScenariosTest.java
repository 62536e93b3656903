package org.tandem.core.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Partnership;

/** The demo's indicators and scenarios, saved and read back: which scenario reaches which target. */
class DemoScenariosTest {

	@Test
	void demoScenariosAndRegionPairsAfterLoading(@TempDir Path folder) throws IOException {
		DemoWorkspace.create(folder);
		List<Partnership> partnerships = ModelWorkspace.open(folder, new ModelFiles()).roots().stream().filter(Partnership.class::isInstance)
				.map(Partnership.class::cast).toList();
		Partnership rnu = partnerships.stream().filter(p -> p.getTaskGroups().size() == 2).findFirst().orElseThrow();
		assertEquals(3, rnu.getScenarios().size());
		Indicator water = rnu.getIndicators().get(0);
		assertEquals("million m3", water.getUnit());
		List<ScenarioOutcome> outcomes = new ScenarioComparison(water).compare(rnu.getScenarios());
		assertTrue(outcomes.get(0).reference());
		assertFalse(outcomes.get(0).inTime());
		// 412 * 0.98^5 - 18 - 6 = 348.4 <= 350 in 2028
		assertEquals(OptionalInt.of(2028), outcomes.get(1).reachedIn());
		assertEquals(348.42, outcomes.get(1).projection().get(2028), 0.01);
		assertEquals(Map.of("EUR", 9_500_000.0 + 2_300_000.0 + 4_200_000.0 + 180_000.0), outcomes.get(1).cost());
		assertFalse(outcomes.get(2).inTime());
		assertEquals(398.6, IndicatorSeries.of(water).measured().get(2025), 1e-9, "398,600,000 m3");

		List<IndicatorPair> pairs = RegionComparison.pairs(rnu);
		assertEquals(2, pairs.size());
		assertTrue(pairs.stream().anyMatch(p -> p.methodsDiffer() && "BISKO".equals(p.left().getMethod()) && "CEADs".equals(p.right().getMethod())));

		Partnership ruhr = partnerships.stream().filter(p -> p != rnu).findFirst().orElseThrow();
		assertEquals(3, ruhr.getScenarios().size());
		assertEquals(2, RegionComparison.pairs(ruhr).size());
		Indicator so2 = ruhr.getIndicators().get(1);
		assertEquals(OptionalInt.of(2016), new ScenarioComparison(so2).compare(ruhr.getScenarios()).get(1).reachedIn());
	}
}
