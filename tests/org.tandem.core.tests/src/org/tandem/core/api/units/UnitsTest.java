package org.tandem.core.api.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitsTest {

	@Test
	void convertsWithinAQuantity() {
		assertEquals(2_500.0, Units.convert(2.5, "GWh", "MWh"), 1e-9);
		assertEquals(0.412, Units.convert(412_000, "m3", "million m3"), 1e-12);
		assertEquals(45.0, Units.convert(45_000, "t CO2e", "kt CO2e"), 1e-9);
		assertEquals(1_000.0, Units.convert(1, "mg/m3", "ug/m3"), 1e-9);
	}

	@Test
	void forgivesSpelling() {
		assertTrue(Units.compatible("m³", "Million m3"));
		assertTrue(Units.compatible("µg/m³", "ug/m3"));
		assertTrue(Units.compatible("t  CO₂e", "kt CO2e"));
	}

	@Test
	void tellsDifferentQuantitiesApart() {
		assertFalse(Units.compatible("MWh", "t CO2e"));
		assertFalse(Units.compatible("t", "t CO2e"), "mass of material is not mass of emissions");
		assertThrows(IllegalArgumentException.class, () -> Units.convert(1, "MWh", "t"));
		assertThrows(IllegalArgumentException.class, () -> Units.convert(1, "furlong", "m3"));
	}

	@Test
	void unknownUnitsMatchOnlyThemselves() {
		assertTrue(Units.compatible("Hektar", "hektar"));
		assertFalse(Units.compatible("Hektar", "ha"));
		assertFalse(Units.compatible(null, "t"));
	}
}
