package org.tandem.core.internal.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads dates and numbers as people write them in German, Chinese and English spreadsheets: ISO
 * dates, {@code 31.12.2024}, {@code 2024/12/31}, {@code 2024年12月31日} or a bare year (taken as
 * its last day); decimals with a point or a comma and thousands separated by the other one, by
 * spaces or apostrophes.
 */
public final class CellValues {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.uuuu"), //$NON-NLS-1$
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu年M月d日"), DateTimeFormatter.ofPattern("d/M/uuuu")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private CellValues() {
	}

	/** The date that {@code text} names; a bare year is its last day. */
	public static Optional<LocalDate> date(String text) {
		String year = text.endsWith("年") ? text.substring(0, text.length() - 1) : text; //$NON-NLS-1$
		if (year.matches("\\d{4}(\\.0+)?")) { //$NON-NLS-1$
			int y = Integer.parseInt(year.substring(0, 4));
			return y < 1900 || y > 2200 ? Optional.empty() : Optional.of(LocalDate.of(y, 12, 31));
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			} catch (DateTimeParseException e) {
				// try the next format
			}
		}
		return Optional.empty();
	}

	/** The number that {@code text} writes, with a decimal point or comma. */
	public static OptionalDouble number(String text) {
		String plain = text.replaceAll("[\\s\u00A0\u202F'’]", ""); //$NON-NLS-1$ //$NON-NLS-2$
		int comma = plain.lastIndexOf(',');
		int point = plain.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			plain = comma > point ? plain.replace(".", "").replace(',', '.') : plain.replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} else if (comma >= 0) {
			plain = plain.indexOf(',') != comma ? plain.replace(",", "") : plain.replace(',', '.'); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (point >= 0 && plain.indexOf('.') != point) {
			plain = plain.replace(".", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!plain.matches("[-+−]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) { //$NON-NLS-1$
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(Double.parseDouble(plain.replace('−', '-')));
	}
}
