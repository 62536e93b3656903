package org.tandem.core.internal.imports;

import java.time.LocalDate;

/** A row of an import that became a measurement: its line, date, value as written, unit, source and method. */
public record MeasurementRow(int line, LocalDate date, double value, String unit, String source, String method) {
}
