package org.tandem.core.internal.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads a CSV table ({@link CsvRecords}) for the import of measurements.
 */
public final class CsvTables {

	private CsvTables() {
	}

	/**
	 * The table in {@code text}; its first record is the header.
	 *
	 * @throws CsvRecords.UnclosedQuote when a quoted value is not closed, naming its line
	 */
	public static RawTable read(Reader text) throws IOException {
		List<RawTable.Row> records = CsvRecords.split(readAll(text));
		if (records.isEmpty()) {
			return new RawTable(List.of(), List.of());
		}
		return new RawTable(records.get(0).cells(), List.copyOf(records.subList(1, records.size())));
	}

	private static String readAll(Reader text) throws IOException {
		StringBuilder all = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = text.read(buffer)) >= 0;) {
			all.append(buffer, 0, n);
		}
		return all.toString();
	}
}
