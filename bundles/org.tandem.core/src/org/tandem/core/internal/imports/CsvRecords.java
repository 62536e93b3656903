package org.tandem.core.internal.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text as spreadsheets write it in German, Chinese or English settings (RFC 4180: quoted
 * values may hold separators, doubled quotes and line breaks) into records, each with the line it
 * starts on. The separator is whichever of semicolon, comma and tab the header line has most of; a
 * byte order mark is skipped.
 */
public final class CsvRecords {

	/** A quoted value that runs to the end of the text. */
	public static final class UnclosedQuote extends IOException {
		private static final long serialVersionUID = 1L;
		private final int line;

		UnclosedQuote(int line) {
			super("a quoted value that starts on line " + line + " is not closed"); //$NON-NLS-1$ //$NON-NLS-2$
			this.line = line;
		}

		/** The line (from 1) on which the unclosed value starts. */
		public int line() {
			return line;
		}
	}

	private CsvRecords() {
	}

	/** The records of {@code text}, the header first. */
	public static List<RawTable.Row> split(String text) throws UnclosedQuote {
		if (text.startsWith("\uFEFF")) { //$NON-NLS-1$
			text = text.substring(1);
		}
		char separator = separator(text);
		List<RawTable.Row> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int start = 1;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					line += c == '\n' ? 1 : 0;
					cell.append(c);
				}
			} else if (c == '"' && cell.isEmpty()) {
				quoted = true;
				quoteLine = line;
			} else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				lines.add(new RawTable.Row(start, List.copyOf(cells)));
				cells.clear();
				line++;
				start = line;
			} else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new UnclosedQuote(quoteLine);
		}
		if (!cell.isEmpty() || !cells.isEmpty()) {
			cells.add(cell.toString());
			lines.add(new RawTable.Row(start, List.copyOf(cells)));
		}
		return lines;
	}

	private static char separator(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		char best = ',';
		long most = header.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = header.chars().filter(c -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}
}
