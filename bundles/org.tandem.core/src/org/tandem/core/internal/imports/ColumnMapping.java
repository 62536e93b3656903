package org.tandem.core.internal.imports;

import java.util.List;
import java.util.Locale;

/**
 * Which column of a table holds which field of a measurement (counting from 0; {@link #NONE} when
 * no column does). The date column may hold dates or years; a value column is required.
 */
public record ColumnMapping(int date, int value, int unit, int source, int method) {

	/** No column. */
	public static final int NONE = -1;

	/** A guess from the header's names (in English, German or Chinese). */
	public static ColumnMapping guess(List<String> header) {
		return new ColumnMapping(find(header, "date", "year", "datum", "jahr", "日期", "年份", "年"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				find(header, "value", "wert", "menge", "数值", "值"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				find(header, "unit", "einheit", "单位"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				find(header, "source", "quelle", "来源"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				find(header, "method", "methode", "方法")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static int find(List<String> header, String... names) {
		for (String name : names) {
			for (int column = 0; column < header.size(); column++) {
				String cell = header.get(column) == null ? "" : header.get(column).strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
				if (cell.equals(name) || cell.startsWith(name + " ") || cell.startsWith(name + "(")) { //$NON-NLS-1$ //$NON-NLS-2$
					return column;
				}
			}
		}
		return NONE;
	}

	/** The same mapping with {@code field} (one of {@link Field}) in {@code column}. */
	public ColumnMapping with(Field field, int column) {
		return switch (field) {
		case DATE -> new ColumnMapping(column, value, unit, source, method);
		case VALUE -> new ColumnMapping(date, column, unit, source, method);
		case UNIT -> new ColumnMapping(date, value, column, source, method);
		case SOURCE -> new ColumnMapping(date, value, unit, column, method);
		case METHOD -> new ColumnMapping(date, value, unit, source, column);
		};
	}

	/** The column of {@code field}. */
	public int column(Field field) {
		return switch (field) {
		case DATE -> date;
		case VALUE -> value;
		case UNIT -> unit;
		case SOURCE -> source;
		case METHOD -> method;
		};
	}

	/** The fields of a measurement that a column can hold. */
	public enum Field {
		DATE, VALUE, UNIT, SOURCE, METHOD
	}
}
