package org.tandem.core.internal.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as written by spreadsheets in German, Chinese or English settings: the separator is
 * whichever of semicolon, comma or tab the header line uses most, fields may be quoted with
 * {@code "} (doubled inside), and a quoted field may span lines. A byte order mark is skipped.
 */
public final class CsvTables {

	private CsvTables() {
	}

	/** The table in {@code text}; its first record is the header. */
	public static RawTable read(Reader text) throws IOException {
		String all = readAll(text);
		if (all.startsWith("\uFEFF")) { //$NON-NLS-1$
			all = all.substring(1);
		}
		char separator = separator(all);
		List<RawTable.Row> records = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int line = 1;
		int start = 1;
		boolean quoted = false;
		for (int i = 0; i < all.length(); i++) {
			char c = all.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < all.length() && all.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					line += c == '\n' ? 1 : 0;
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < all.length() && all.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				records.add(new RawTable.Row(start, List.copyOf(cells)));
				cells.clear();
				line++;
				start = line;
			} else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !cells.isEmpty()) {
			cells.add(cell.toString());
			records.add(new RawTable.Row(start, List.copyOf(cells)));
		}
		if (records.isEmpty()) {
			return new RawTable(List.of(), List.of());
		}
		return new RawTable(records.get(0).cells(), List.copyOf(records.subList(1, records.size())));
	}

	private static char separator(String all) {
		int end = all.indexOf('\n');
		String header = end < 0 ? all : all.substring(0, end);
		char best = ',';
		long most = 0;
		for (char candidate : new char[] { ';', ',', '\t' }) {
			long count = header.chars().filter(c -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
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
