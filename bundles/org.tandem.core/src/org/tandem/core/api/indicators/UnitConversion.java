package org.tandem.core.api.indicators;

import java.util.OptionalDouble;

import org.tandem.core.api.units.Units;
import org.tandem.model.api.Indicator;

/**
 * Figures of an indicator (measurements, targets) expressed in the indicator's own unit. A figure
 * without a unit is taken to be in the indicator's unit; one in an unknown or unrelated unit has
 * no value in it.
 *
 * @since 0.1
 */
public final class UnitConversion {

	private UnitConversion() {
	}

	/** {@code value} given in {@code unit} expressed in the unit of {@code indicator}, if it can be. */
	public static OptionalDouble toIndicatorUnit(double value, String unit, Indicator indicator) {
		return convert(value, unit, indicator.getUnit());
	}

	/** {@code value} given in {@code unit} expressed in {@code into}, if it can be. */
	public static OptionalDouble convert(double value, String unit, String into) {
		if (isBlank(unit) || isBlank(into) || unit.strip().equalsIgnoreCase(into.strip())) {
			return OptionalDouble.of(value);
		}
		if (Units.of(unit).isPresent() && Units.of(into).isPresent() && Units.compatible(unit, into)) {
			return OptionalDouble.of(Units.convert(value, unit, into));
		}
		return OptionalDouble.empty();
	}

	/** Whether a figure in {@code unit} can be expressed in {@code into}. */
	public static boolean convertible(String unit, String into) {
		return convert(1, unit, into).isPresent();
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
