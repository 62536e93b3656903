package org.tandem.core.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.model.api.Indicator;

/** Measurements and targets in other units, converted into the indicator's unit by hand-computed factors. */
class UnitConversionTest {

	private static final double EPS = 1e-9;

	@Test
	void energyMassVolumeEmissionsAndConcentration() {
		assertEquals(2.5, UnitConversion.convert(2500, "kWh", "MWh").getAsDouble(), EPS);
		assertEquals(1_200, UnitConversion.convert(1.2, "GWh", "MWh").getAsDouble(), EPS);
		assertEquals(0.75, UnitConversion.convert(750, "t", "kt").getAsDouble(), EPS);
		assertEquals(3_500_000, UnitConversion.convert(3.5, "million m3", "m3").getAsDouble(), EPS);
		assertEquals(0.4125, UnitConversion.convert(412_500, "m³", "million m3").getAsDouble(), EPS);
		assertEquals(45_000, UnitConversion.convert(45, "kt CO2e", "t CO2e").getAsDouble(), EPS);
		assertEquals(77, UnitConversion.convert(77, "µg/m³", "ug/m3").getAsDouble(), EPS);
	}

	@Test
	void noUnitMeansTheIndicatorsUnitAndUnrelatedUnitsHaveNoValue() {
		assertEquals(12, UnitConversion.convert(12, "", "MWh").getAsDouble(), EPS);
		assertEquals(12, UnitConversion.convert(12, null, "MWh").getAsDouble(), EPS);
		assertFalse(UnitConversion.convert(12, "t", "MWh").isPresent());
		assertFalse(UnitConversion.convert(12, "barrels", "MWh").isPresent());
		assertTrue(UnitConversion.convertible("furlongs", "Furlongs"));
	}

	@Test
	void seriesConvertsMeasurementsAndTargetsAndListsWhatItCannot() {
		Fixture fixture = new Fixture();
		Indicator energy = fixture.indicator("MWh", "measured", 2020, 1_000, 0);
		Fixture.measurement(energy, "2021-06-30", 900_000, "kWh");
		Fixture.measurement(energy, "2021-12-31", 950_000, "kWh");
		Fixture.measurement(energy, "2022-12-31", 0.85, "GWh");
		var wrong = Fixture.measurement(energy, "2023-12-31", 3, "t");
		Fixture.target(energy, 2025, 0.7, "GWh");
		IndicatorSeries series = IndicatorSeries.of(energy);
		assertEquals(Map.of(2021, 950.0, 2022, 850.0), series.measured(), "the last measurement of a year counts");
		assertEquals(700, series.targets().get(2025), EPS);
		assertEquals(List.of(wrong), series.unconverted());
		assertEquals(850, series.latestMeasured().getAsDouble(), EPS);
	}
}
