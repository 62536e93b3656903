package org.tandem.io.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.spi.ImportException;
import org.tandem.core.spi.ImportResult;
import org.tandem.io.internal.DemoFixture;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/** Tasks and milestones to CSV and back; bad files give their lines and nothing else. */
class CsvTest {

	@TempDir
	Path folder;

	@Test
	void germanExportHasABomSemicolonsAndGermanHeaders() throws Exception {
		DemoFixture demo = new DemoFixture(folder.resolve("demo"));
		byte[] bytes = export(demo.waterPlan(), Locale.GERMAN);
		assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark for Excel");
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		String[] lines = text.split("\r\n");
		assertEquals("ID;Art;Name;Arbeitspaket;Beginn;Ende;Fortschritt (%);Status;Ist-Datum;Verantwortlich;Plan", lines[0]);
		assertTrue(text.contains(";Vorgang;Wasserbilanz der 40 größten Industriebetriebe;AP 1 Bestandsaufnahme;2024-02-01;2024-07-31;100;;;"), text);
		assertTrue(text.contains(";Meilenstein;M1 Bestandsbericht Wasser vorgelegt;AP 1 Bestandsaufnahme;"), text);
	}

	@Test
	void chineseExportUsesCommasAndChineseWords() throws Exception {
		DemoFixture demo = new DemoFixture(folder.resolve("demo"));
		String text = new String(export(demo.waterPlan(), Locale.CHINESE), StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFF编号,类型,名称,工作包,开始,结束,进度（%）,状态,实际日期,负责人,计划\r\n"), text);
		assertTrue(text.contains(",里程碑,M1 提交水资源现状报告,工作包1 现状调查,"), text);
	}

	@Test
	void anExportReadsBackWithTheSameItemsAndDates() throws Exception {
		DemoFixture demo = new DemoFixture(folder.resolve("demo"));
		Path file = folder.resolve("water.csv");
		Files.write(file, export(demo.waterPlan(), Locale.GERMAN));

		ImportResult result = new CsvImporter().read(file);

		assertEquals(1, result.elements().size());
		ImplementationPlan plan = (ImplementationPlan) result.elements().get(0);
		assertEquals(demo.waterPlan().getName().getText("de"), plan.getName().getTextOrOriginal("de"));
		List<String> originalNames = names(demo.waterPlan());
		assertEquals(originalNames, names(plan));
		WorkPackage survey = (WorkPackage) plan.getItems().get(0);
		Task data = (Task) survey.getChildren().get(0);
		assertEquals(LocalDate.of(2024, 2, 1), data.getStart());
		assertEquals(LocalDate.of(2024, 7, 31), data.getFinish());
		assertEquals(100, data.getProgress());
		assertEquals("Li Wei", data.getResponsible().getLatinName());
		Milestone m1 = (Milestone) survey.getChildren().get(2);
		Milestone original = (Milestone) ((WorkPackage) demo.waterPlan().getItems().get(0)).getChildren().get(2);
		assertEquals(original.getPlanned(), m1.getPlanned());
		assertEquals(original.getStatus(), m1.getStatus());
		assertEquals(original.getActual(), m1.getActual());
	}

	@Test
	void badRowsAreListedByLineAndNothingIsImported() throws Exception {
		Path file = folder.resolve("bad.csv");
		Files.writeString(file, """
				Type,Name,Start,Finish,Progress (%),Status
				Task,Survey,2026-01-05,2026-01-30,50,
				Task,,2026-02-01,2026-02-10,,
				Milestone,Report,,2026-13-01,,
				Task,"Visit, Urumqi",2026-03-01,2026-03-05,150,
				Meeting,Kick-off,2026-01-05,2026-01-05,,
				Milestone,Review,,2026-04-01,,Postponed
				""");

		ImportException failure = assertThrows(ImportException.class, () -> new CsvImporter().read(file));

		assertEquals(3, failure.line());
		assertEquals(file + ", line 3: 5 row(s) cannot be read, nothing was imported:\n"
				+ "line 3: Name is empty\n"
				+ "line 4: Finish \"2026-13-01\" is not a date written as yyyy-MM-dd\n"
				+ "line 5: Progress (%) \"150\" is not a whole number from 0 to 100\n"
				+ "line 6: Type \"Meeting\" is none of Task, Milestone\n"
				+ "line 7: Status \"Postponed\" is none of Open, Done, Cancelled", failure.getMessage());
	}

	@Test
	void aFileWithoutTheNeededColumnsOrNotInUtf8IsRefused() throws Exception {
		Path noColumns = folder.resolve("columns.csv");
		Files.writeString(noColumns, "Name;Beginn\nSurvey;2026-01-05\n");
		ImportException missing = assertThrows(ImportException.class, () -> new CsvImporter().read(noColumns));
		assertEquals(noColumns + ", line 1: the header row lacks the column(s) Type, Finish", missing.getMessage());

		Path latin1 = folder.resolve("latin1.csv");
		Files.write(latin1, "Art;Name;Beginn;Ende\nVorgang;Maßnahme;2026-01-05;2026-01-06\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(latin1 + ": the file is not UTF-8 text",
				assertThrows(ImportException.class, () -> new CsvImporter().read(latin1)).getMessage());

		Path quote = folder.resolve("quote.csv");
		Files.writeString(quote, "Type,Name,Start,Finish\nTask,\"Survey,2026-01-05,2026-01-06\n");
		ImportException unclosed = assertThrows(ImportException.class, () -> new CsvImporter().read(quote));
		assertEquals(2, unclosed.line());
	}

	@Test
	void rowsGoIntoThePlansAndWorkPackagesTheyName() throws Exception {
		Path file = folder.resolve("two plans.csv");
		Files.writeString(file, "\uFEFFPlan;Arbeitspaket;Art;Name;Beginn;Ende;Status\n"
				+ "Energie;AP 1;Vorgang;Messen;2026-01-05;2026-01-30;\n"
				+ "Energie;AP 1;Meilenstein;Bericht;;2026-02-02;Erledigt\n"
				+ ";;Task;\"Loose \"\"end\"\"\";2026-03-01;2026-03-02;\n");
		ImportResult result = new CsvImporter().read(file);
		assertEquals(2, result.elements().size());
		ImplementationPlan energy = (ImplementationPlan) result.elements().get(0);
		assertEquals("Energie", energy.getName().getTextOrOriginal("de"));
		WorkPackage ap1 = (WorkPackage) energy.getItems().get(0);
		assertEquals(2, ap1.getChildren().size());
		assertEquals(MilestoneStatus.DONE, ((Milestone) ap1.getChildren().get(1)).getStatus());
		assertEquals(LocalDate.of(2026, 1, 5), energy.getStart());
		assertEquals(LocalDate.of(2026, 2, 2), energy.getFinish());
		ImplementationPlan loose = (ImplementationPlan) result.elements().get(1);
		assertEquals("two plans", loose.getName().getTextOrOriginal("en"));
		assertEquals("Loose \"end\"", loose.getItems().get(0).getName().getTextOrOriginal("en"));
	}

	private static List<String> names(ImplementationPlan plan) {
		List<String> names = new java.util.ArrayList<>();
		plan.eAllContents().forEachRemaining(element -> {
			if (element instanceof Task || element instanceof Milestone) {
				names.add(((org.tandem.model.api.PlanItem) element).getName().getTextOrOriginal("de"));
			}
		});
		return names;
	}

	static byte[] export(org.eclipse.emf.ecore.EObject scope, Locale locale) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new CsvExporter().export(scope, out, locale);
		return out.toByteArray();
	}
}
