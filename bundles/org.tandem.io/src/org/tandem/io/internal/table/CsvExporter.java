package org.tandem.io.internal.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.Labels;

/**
 * Writes tasks and milestones as CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel
 * reads Chinese and umlauts right), CRLF line ends, values quoted where needed, dates as ISO
 * yyyy-MM-dd; separated by semicolons in German (as German Excel expects), else by commas.
 */
@Component(service = Exporter.class)
public final class CsvExporter extends TableExporter {

	public CsvExporter() {
		super("format.csv"); //$NON-NLS-1$
	}

	@Override
	public String id() {
		return "org.tandem.io.csv"; //$NON-NLS-1$
	}

	@Override
	public String fileExtension() {
		return "csv"; //$NON-NLS-1$
	}

	@Override
	void write(List<Row> rows, Labels labels, OutputStream out) throws IOException {
		char separator = labels.language().equals("de") ? ';' : ','; //$NON-NLS-1$
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		Column[] columns = Column.values();
		for (int i = 0; i < columns.length; i++) {
			writer.write(i == 0 ? "" : String.valueOf(separator)); //$NON-NLS-1$
			writer.write(quoted(columns[i].header(labels), separator));
		}
		writer.write("\r\n"); //$NON-NLS-1$
		for (Row row : rows) {
			for (int i = 0; i < columns.length; i++) {
				writer.write(i == 0 ? "" : String.valueOf(separator)); //$NON-NLS-1$
				Object value = row.value(columns[i]);
				writer.write(quoted(value == null ? "" : value.toString(), separator)); //$NON-NLS-1$
			}
			writer.write("\r\n"); //$NON-NLS-1$
		}
		writer.flush();
	}

	private static String quoted(String value, char separator) {
		if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
