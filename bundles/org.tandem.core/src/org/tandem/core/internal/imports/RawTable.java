package org.tandem.core.internal.imports;

import java.util.List;

/** A table read from a file, as text: its header row and the rows below it with their line (or row) numbers. */
public record RawTable(List<String> header, List<Row> rows) {

	/** A row of cells and the number of the line (CSV) or row (Excel) it starts on, counting from 1. */
	public record Row(int line, List<String> cells) {

		/** The cell in {@code column}, stripped; empty when the row is shorter or {@code column} is negative. */
		public String cell(int column) {
			return column < 0 || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column).strip(); //$NON-NLS-1$
		}

		/** Whether every cell is blank. */
		public boolean blank() {
			return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
		}
	}
}
