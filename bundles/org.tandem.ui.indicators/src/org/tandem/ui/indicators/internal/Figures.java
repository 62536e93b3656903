package org.tandem.ui.indicators.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.indicators.UnitConversion;
import org.tandem.core.internal.imports.CellValues;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.TandemPackage.Literals;

/** The columns of the targets and measurements tables, and numbers as the reader's language writes them. */
final class Figures {

	private Figures() {
	}

	static String number(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
		format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 2);
		return format.format(value);
	}

	static List<FigureColumn> targetColumns(Indicator indicator) {
		return List.of(new FigureColumn(Messages.columnYear, 70, Literals.TARGET__YEAR, String::valueOf, (f, t) -> year(t)),
				new FigureColumn(Messages.columnValue, 110, Literals.TARGET__VALUE, v -> number((Double) v), (f, t) -> value(t)),
				new FigureColumn(Messages.columnUnit, 90, Literals.TARGET__UNIT, String::valueOf, (f, t) -> unit(indicator, t)));
	}

	static List<FigureColumn> measurementColumns(Indicator indicator) {
		return List.of(new FigureColumn(Messages.columnDate, 100, Literals.MEASUREMENT__DATE, String::valueOf, (f, t) -> date(t)),
				new FigureColumn(Messages.columnValue, 110, Literals.MEASUREMENT__VALUE, v -> number((Double) v), (f, t) -> value(t)),
				new FigureColumn(Messages.columnUnit, 90, Literals.MEASUREMENT__UNIT, String::valueOf, (f, t) -> unit(indicator, t)),
				new FigureColumn(Messages.columnMethod, 110, Literals.MEASUREMENT__METHOD, String::valueOf, (f, t) -> t),
				new FigureColumn(Messages.columnSource, 200, Literals.MEASUREMENT__SOURCE, String::valueOf, (f, t) -> t));
	}

	private static Integer year(String text) {
		if (!text.matches("\\d{4}")) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.notAYear, Messages.columnYear, text));
		}
		return Integer.valueOf(text);
	}

	private static Double value(String text) {
		return CellValues.number(text).stream().boxed().findFirst()
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.notANumber, Messages.columnValue, text)));
	}

	private static LocalDate date(String text) {
		return CellValues.date(text).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.notADate, Messages.columnDate, text)));
	}

	private static String unit(Indicator indicator, String text) {
		if (!UnitConversion.convertible(text, indicator.getUnit())) {
			throw new IllegalArgumentException(NLS.bind(Messages.unitNotConvertible, new Object[] { Messages.columnUnit, text, indicator.getUnit() }));
		}
		return text;
	}
}
