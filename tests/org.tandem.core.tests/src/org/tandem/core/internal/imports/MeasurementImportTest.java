package org.tandem.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.TandemFactory;

/** CSV and Excel import of measurements: column guessing, German numbers, bad rows with their line numbers, one undo step. */
class MeasurementImportTest {

	private static final String CSV = """
			Jahr;Wert;Einheit;Quelle
			2022;"412,5";million m3;Statistisches Jahrbuch 2023
			2023-12-31;405.000.000;m3;
			31.12.2024;;million m3;Jahrbuch

			2025;viel;million m3;Jahrbuch
			20x5;400;million m3;Jahrbuch
			2026;"1.234,5";t;"Bericht; Teil 2"
			"2027";398;;"Zeile
			über zwei Zeilen"
			2028;390;million m3;Jahrbuch""";

	private Indicator water() {
		Indicator water = TandemFactory.eINSTANCE.createIndicator();
		water.setUnit("million m3");
		water.setMethod("statistical yearbook");
		return water;
	}

	@Test
	void csvRowsAreAcceptedOrRefusedWithLineAndReason() throws IOException {
		RawTable table = CsvTables.read(new StringReader(CSV));
		assertEquals(List.of("Jahr", "Wert", "Einheit", "Quelle"), table.header());
		ColumnMapping mapping = ColumnMapping.guess(table.header());
		assertEquals(new ColumnMapping(0, 1, 2, 3, ColumnMapping.NONE), mapping);
		ImportPreview preview = new MeasurementRows(water(), mapping, "werte.csv").preview(table);

		assertEquals(List.of(2, 3, 9, 11), preview.accepted().stream().map(MeasurementRow::line).toList());
		MeasurementRow first = preview.accepted().get(0);
		assertEquals(LocalDate.of(2022, 12, 31), first.date());
		assertEquals(412.5, first.value());
		assertEquals("Statistisches Jahrbuch 2023", first.source());
		assertEquals("statistical yearbook", first.method(), "no method column: the indicator's method");
		assertEquals(405_000_000, preview.accepted().get(1).value(), "dots as thousands separators");
		assertEquals("m3", preview.accepted().get(1).unit());
		assertEquals("werte.csv", preview.accepted().get(1).source(), "no source: the file's name");
		assertEquals("million m3", preview.accepted().get(2).unit(), "no unit: the indicator's");
		assertEquals("Zeile\nüber zwei Zeilen", preview.accepted().get(2).source());

		assertEquals(List.of(4, 5, 6, 7, 8), preview.rejected().stream().map(RejectedRow::line).toList());
		assertTrue(preview.rejected().stream().allMatch(r -> !r.reason().isBlank()));
	}

	@Test
	void anUnclosedQuoteIsRefusedNamingTheLineWhereItStarts() {
		CsvRecords.UnclosedQuote refused = assertThrows(CsvRecords.UnclosedQuote.class,
				() -> CsvTables.read(new StringReader("\uFEFFJahr;Wert;Quelle\n2022;1;ok\n2023;2;\"kein Ende\n2024;3;x\n")));
		assertEquals(3, refused.line());
	}

	@Test
	void missingColumnsRefuseEveryRowAndSayWhich() throws IOException {
		RawTable table = CsvTables.read(new StringReader("a,b\n2024,1\n"));
		MeasurementRows rows = new MeasurementRows(water(), ColumnMapping.guess(table.header()), "x.csv");
		assertEquals(2, rows.missingColumns().size());
		ImportPreview preview = rows.preview(table);
		assertEquals(0, preview.accepted().size());
		assertEquals(2, preview.rejected().get(0).line());
		rows = new MeasurementRows(water(), ColumnMapping.guess(table.header()).with(ColumnMapping.Field.DATE, 0).with(ColumnMapping.Field.VALUE, 1), "x.csv");
		assertEquals(List.of(1.0), rows.preview(table).accepted().stream().map(MeasurementRow::value).toList());
	}

	@Test
	void excelDatesNumbersAndTextAreRead() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(bytes, "Tandem", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Messwerte");
			sheet.value(0, 0, "Datum");
			sheet.value(0, 1, "数值");
			sheet.value(0, 2, "Unit");
			sheet.value(0, 3, "Methode");
			sheet.value(1, 0, LocalDate.of(2024, 12, 31));
			sheet.style(1, 0).format("yyyy-mm-dd").set();
			sheet.value(1, 1, 8_450_000);
			sheet.value(1, 2, "t CO2e");
			sheet.value(1, 3, "CEADs");
			sheet.value(2, 0, 2025);
			sheet.value(2, 1, 8.2);
			sheet.value(2, 2, "Mt CO2e");
			sheet.value(3, 0, "next year");
			sheet.value(3, 1, 8.1);
			workbook.finish();
		}
		RawTable table = XlsxTables.read(new ByteArrayInputStream(bytes.toByteArray()));
		Indicator co2 = water();
		co2.setUnit("t CO2e");
		co2.setMethod("CEADs");
		ImportPreview preview = new MeasurementRows(co2, ColumnMapping.guess(table.header()), "park.xlsx").preview(table);
		assertEquals(2, preview.accepted().size());
		assertEquals(LocalDate.of(2024, 12, 31), preview.accepted().get(0).date());
		assertEquals(8_450_000, preview.accepted().get(0).value());
		assertEquals(LocalDate.of(2025, 12, 31), preview.accepted().get(1).date());
		assertEquals(8.2, preview.accepted().get(1).value());
		assertEquals(List.of(4), preview.rejected().stream().map(RejectedRow::line).toList(), "Excel's row number");
	}

	@Test
	void acceptedRowsAreAddedAsOneUndoableCommand() throws IOException {
		Indicator water = water();
		var resource = new org.eclipse.emf.ecore.resource.impl.ResourceImpl();
		resource.getContents().add(water);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack());
		RawTable table = CsvTables.read(new StringReader(CSV));
		ImportPreview preview = new MeasurementRows(water, ColumnMapping.guess(table.header()), "werte.csv").preview(table);
		Command command = AddMeasurements.command(domain, water, preview.accepted());
		domain.getCommandStack().execute(command);
		assertEquals(4, water.getMeasurements().size());
		assertEquals("Jahrbuch", water.getMeasurements().get(3).getSource());
		domain.getCommandStack().undo();
		assertEquals(0, water.getMeasurements().size());
		assertTrue(domain.getCommandStack().canRedo());
	}
}
