package org.tandem.core.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.indicators.UnitConversion;
import org.tandem.model.api.Indicator;

/**
 * Turns the rows of a table into measurements of an indicator by a column mapping, and refuses
 * each row it cannot take with its line number and the reason: an empty row, a missing or unreadable
 * date or value, a unit that cannot be converted into the indicator's. A row without a unit is in
 * the indicator's unit; without a method, in the indicator's method; without a source, from
 * {@code defaultSource} (usually the file's name).
 */
public final class MeasurementRows {

	private final Indicator indicator;
	private final ColumnMapping mapping;
	private final String defaultSource;

	/** Rows for {@code indicator}, read by {@code mapping}. */
	public MeasurementRows(Indicator indicator, ColumnMapping mapping, String defaultSource) {
		this.indicator = indicator;
		this.mapping = mapping;
		this.defaultSource = defaultSource;
	}

	/** The fields that must have a column and have none, as names in the user's language. */
	public List<String> missingColumns() {
		List<String> missing = new ArrayList<>();
		if (mapping.date() == ColumnMapping.NONE) {
			missing.add(Messages.fieldDate);
		}
		if (mapping.value() == ColumnMapping.NONE) {
			missing.add(Messages.fieldValue);
		}
		return missing;
	}

	/** The preview of importing {@code table}; with columns missing, every row is refused for that. */
	public ImportPreview preview(RawTable table) {
		List<MeasurementRow> accepted = new ArrayList<>();
		List<RejectedRow> rejected = new ArrayList<>();
		for (RawTable.Row row : table.rows()) {
			String reason = reason(row);
			if (reason != null) {
				rejected.add(new RejectedRow(row.line(), reason));
			} else {
				accepted.add(accept(row));
			}
		}
		return new ImportPreview(List.copyOf(accepted), List.copyOf(rejected));
	}

	private String reason(RawTable.Row row) {
		if (row.blank()) {
			return Messages.emptyRow;
		}
		if (!missingColumns().isEmpty()) {
			return NLS.bind(Messages.noColumn, String.join(", ", missingColumns())); //$NON-NLS-1$
		}
		String date = row.cell(mapping.date());
		if (date.isEmpty()) {
			return NLS.bind(Messages.empty, Messages.fieldDate);
		}
		if (CellValues.date(date).isEmpty()) {
			return NLS.bind(Messages.badDate, Messages.fieldDate, date);
		}
		String value = row.cell(mapping.value());
		if (value.isEmpty()) {
			return NLS.bind(Messages.empty, Messages.fieldValue);
		}
		if (CellValues.number(value).isEmpty()) {
			return NLS.bind(Messages.badValue, Messages.fieldValue, value);
		}
		String unit = row.cell(mapping.unit());
		if (!UnitConversion.convertible(unit, indicator.getUnit())) {
			return NLS.bind(Messages.badUnit, new Object[] { Messages.fieldUnit, unit, indicator.getUnit() });
		}
		return null;
	}

	private MeasurementRow accept(RawTable.Row row) {
		LocalDate date = CellValues.date(row.cell(mapping.date())).orElseThrow();
		OptionalDouble value = CellValues.number(row.cell(mapping.value()));
		String unit = or(row.cell(mapping.unit()), indicator.getUnit());
		String source = or(row.cell(mapping.source()), defaultSource);
		String method = or(row.cell(mapping.method()), indicator.getMethod());
		return new MeasurementRow(row.line(), date, value.getAsDouble(), unit, source, method);
	}

	private static String or(String cell, String otherwise) {
		return Optional.of(cell).filter(s -> !s.isEmpty()).orElse(otherwise);
	}
}
