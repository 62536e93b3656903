package org.tandem.core.api.units;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units that indicators are measured in, and which of them measure the same quantity so that
 * their figures can be compared or converted: kWh, MWh, GWh; t, kt, Mt; m3, thousand and million
 * m3; t CO2e and kt CO2e; ug/m3. Spelling is forgiving ({@code m³}, {@code µg/m³}, upper or lower
 * case).
 *
 * @since 0.1
 */
public final class Units {

	/** A known unit: the quantity it measures and its factor to that quantity's base unit. */
	public record Unit(String symbol, String quantity, double factor) {
	}

	private static final Map<String, Unit> KNOWN = Map.ofEntries(
			unit("kwh", "energy", 1), unit("mwh", "energy", 1e3), unit("gwh", "energy", 1e6), unit("twh", "energy", 1e9),
			unit("t", "mass", 1), unit("kt", "mass", 1e3), unit("mt", "mass", 1e6),
			unit("t co2e", "emissions", 1), unit("kt co2e", "emissions", 1e3), unit("mt co2e", "emissions", 1e6),
			unit("m3", "volume", 1), unit("thousand m3", "volume", 1e3), unit("million m3", "volume", 1e6),
			unit("ug/m3", "concentration", 1), unit("mg/m3", "concentration", 1e3),
			unit("persons", "count", 1), unit("%", "share", 1));

	private Units() {
	}

	private static Map.Entry<String, Unit> unit(String symbol, String quantity, double factor) {
		return Map.entry(symbol, new Unit(symbol, quantity, factor));
	}

	/** The unit that a symbol names, if Tandem knows it. */
	public static Optional<Unit> of(String symbol) {
		if (symbol == null) {
			return Optional.empty();
		}
		String key = symbol.strip().toLowerCase(Locale.ROOT).replace('³', '3').replace('µ', 'u').replace('μ', 'u')
				.replace("co₂", "co2").replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return Optional.ofNullable(KNOWN.get(key));
	}

	/**
	 * Whether figures in {@code a} and {@code b} measure the same quantity: the same known quantity,
	 * or, for units Tandem does not know, the same symbol.
	 */
	public static boolean compatible(String a, String b) {
		Optional<Unit> ua = of(a);
		Optional<Unit> ub = of(b);
		if (ua.isPresent() && ub.isPresent()) {
			return ua.get().quantity().equals(ub.get().quantity());
		}
		return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
	}

	/** {@code value} in unit {@code from} expressed in unit {@code to}; both known and compatible. */
	public static double convert(double value, String from, String to) {
		Unit source = of(from).orElseThrow(() -> new IllegalArgumentException("unknown unit " + from)); //$NON-NLS-1$
		Unit target = of(to).orElseThrow(() -> new IllegalArgumentException("unknown unit " + to)); //$NON-NLS-1$
		if (!source.quantity().equals(target.quantity())) {
			throw new IllegalArgumentException(from + " and " + to + " measure different quantities"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value * source.factor() / target.factor();
	}
}
