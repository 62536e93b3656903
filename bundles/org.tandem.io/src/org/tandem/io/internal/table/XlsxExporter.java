package org.tandem.io.internal.table;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.KeptOpen;
import org.tandem.io.internal.Labels;

/** Writes tasks and milestones as an Excel workbook (xlsx): a bold header row, real dates and numbers. */
@Component(service = Exporter.class)
public final class XlsxExporter extends TableExporter {

	public XlsxExporter() {
		super("format.xlsx"); //$NON-NLS-1$
	}

	@Override
	public String id() {
		return "org.tandem.io.xlsx"; //$NON-NLS-1$
	}

	@Override
	public String fileExtension() {
		return "xlsx"; //$NON-NLS-1$
	}

	@Override
	void write(List<Row> rows, Labels labels, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(new KeptOpen(out), "Tandem", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
		Worksheet sheet = workbook.newWorksheet(labels.get("sheet.items")); //$NON-NLS-1$
		Column[] columns = Column.values();
		for (int c = 0; c < columns.length; c++) {
			sheet.value(0, c, columns[c].header(labels));
		}
		sheet.range(0, 0, 0, columns.length - 1).style().bold().set();
		sheet.freezePane(0, 1);
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.length; c++) {
				Object value = rows.get(r).value(columns[c]);
				if (value instanceof LocalDate date) {
					sheet.value(r + 1, c, date);
					sheet.style(r + 1, c).format("yyyy-mm-dd").set(); //$NON-NLS-1$
				} else if (value instanceof Integer number) {
					sheet.value(r + 1, c, number);
				} else if (value != null && !value.toString().isEmpty()) {
					sheet.value(r + 1, c, value.toString());
				}
			}
		}
		sheet.width(Column.ID.ordinal(), 38);
		sheet.width(Column.NAME.ordinal(), 48);
		sheet.width(Column.WORK_PACKAGE.ordinal(), 32);
		sheet.width(Column.PLAN.ordinal(), 32);
		workbook.finish();
	}
}
