package org.tandem.core.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Region;

/** Indicators of the two regions paired by quantity, with a note where their methods differ; progress towards targets. */
class RegionComparisonTest {

	@Test
	void pairsByQuantityAndNotesDifferentMethods() {
		Fixture fixture = new Fixture();
		Region mannheim = fixture.region("Mannheim");
		Region changji = fixture.region("Changji");
		Indicator waterDe = fixture.indicator("m3", "measured", 2020, 5, 0);
		waterDe.setRegion(mannheim);
		Indicator co2De = fixture.indicator("t CO2e", "BISKO", 2020, 5, 0);
		co2De.setRegion(mannheim);
		Indicator co2Cn = fixture.indicator("kt CO2e", "CEADs", 2020, 5, 0);
		co2Cn.setRegion(changji);
		Indicator waterCn = fixture.indicator("million m3", "Measured ", 2020, 5, 0);
		waterCn.setRegion(changji);
		List<IndicatorPair> pairs = RegionComparison.pairs(fixture.partnership);
		assertEquals(List.of(new IndicatorPair(waterDe, waterCn), new IndicatorPair(co2De, co2Cn)), pairs);
		assertFalse(pairs.get(0).methodsDiffer());
		assertEquals("", pairs.get(0).methodNote());
		assertTrue(pairs.get(1).methodsDiffer());
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			String note = pairs.get(1).methodNote();
			assertTrue(note.contains("Mannheim") && note.contains("BISKO") && note.contains("Changji") && note.contains("CEADs"), note);
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void progressIsTheShareOfTheWayFromBaselineToTheNextTarget() {
		Fixture fixture = new Fixture();
		Indicator water = fixture.indicator("million m3", "statistical yearbook", 2023, 412, 0);
		Fixture.target(water, 2026, 380, "million m3");
		Fixture.target(water, 2028, 350, "million m3");
		Fixture.measurement(water, "2024-12-31", 404, "million m3");
		Fixture.measurement(water, "2025-12-31", 396_000_000, "m3");
		IndicatorProgress in2024 = IndicatorProgress.of(water, 2024);
		assertEquals(2024, in2024.measuredYear().getAsInt());
		assertEquals(2026, in2024.targetYear().getAsInt());
		assertEquals(0.25, in2024.share().getAsDouble(), 1e-9, "8 of 32 million m3");
		IndicatorProgress in2027 = IndicatorProgress.of(water, 2027);
		assertEquals(2028, in2027.targetYear().getAsInt());
		assertEquals(16.0 / 62, in2027.share().getAsDouble(), 1e-9);
		assertEquals(1, IndicatorProgress.of(fixture.partnership, 2030).size());
		assertEquals(2028, IndicatorProgress.of(water, 2030).targetYear().getAsInt(), "after the last target, the last one");
	}
}
