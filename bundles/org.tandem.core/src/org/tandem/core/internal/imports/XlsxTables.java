package org.tandem.core.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) as text: numbers as plain decimals with a
 * point, cells formatted as dates as ISO dates, anything else as the text Excel shows. Its first
 * row is the header; row numbers are Excel's.
 */
public final class XlsxTables {

	private XlsxTables() {
	}

	/** The table on the first sheet of the workbook in {@code in}. */
	public static RawTable read(InputStream in) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			if (rows.isEmpty()) {
				return new RawTable(List.of(), List.of());
			}
			List<RawTable.Row> body = new ArrayList<>();
			for (Row row : rows.subList(1, rows.size())) {
				body.add(new RawTable.Row(row.getRowNum(), cells(row)));
			}
			return new RawTable(cells(rows.get(0)), body);
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < row.getCellCount(); column++) {
			Cell cell = row.getCell(column);
			cells.add(cell == null ? "" : text(cell)); //$NON-NLS-1$
		}
		return cells;
	}

	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER) {
			return isDate(cell.getDataFormatString()) ? cell.asDate().toLocalDate().toString() : cell.asNumber().toPlainString();
		}
		String text = cell.getText();
		return text == null ? "" : text; //$NON-NLS-1$
	}

	private static boolean isDate(String format) {
		if (format == null) {
			return false;
		}
		String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(); //$NON-NLS-1$ //$NON-NLS-2$
		return plain.contains("y") || plain.contains("d") || plain.contains("yy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
