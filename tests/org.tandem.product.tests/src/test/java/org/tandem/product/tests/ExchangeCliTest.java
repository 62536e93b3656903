package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem-cli export} with the registered exporters and {@code tandem-cli import} of the
 * unpacked product: a plan goes out as MS Project XML and comes back in as a new plan file of a
 * task group; an MS Project .mpp file becomes a new plan; bad files and wrong command lines
 * give their exit codes and leave the workspace alone.
 */
class ExchangeCliTest {

	@TempDir
	static Path folder;
	private static Launcher launcher;
	private static Path demo;
	private static String planId;
	private static String taskGroupId;

	@BeforeAll
	static void unpack() throws Exception {
		launcher = Launcher.unpack(folder);
		demo = folder.resolve("demo");
		assertEquals(0, cli("demo", demo.toString()).exit);
		planId = firstId(Files.readString(demo.resolve("plans/wasser-2024-2028.tandem")), "<tandem:ImplementationPlan");
		taskGroupId = firstId(Files.readString(demo.resolve("partnerships/rhein-neckar-urumqi.tandem")), "<taskGroups");
	}

	@Test
	void aPlanGoesOutAsMsProjectXmlAndComesBackIntoATaskGroup() throws Exception {
		Path xml = folder.resolve("out/water.xml");
		Result export = cli("export", demo.toString(), "--format", "xml", "--scope", planId, "--lang", "en", "--out", xml.toString());
		assertEquals(0, export.exit, export.output);
		assertTrue(Files.readString(xml).contains("<Name>M2 Reclaimed water plant in operation</Name>"));

		Result imported = cli("import", xml.toString(), "--into", demo.toString(), "--task-group", taskGroupId);
		assertEquals(0, imported.exit, imported.output);
		assertTrue(imported.output.contains("wrote plans/water-management-implementation-plan-2024-2028.tandem"), imported.output);
		assertTrue(imported.output.contains("1 plan(s) with 8 task(s), 4 milestone(s) and 10 link(s)"), imported.output);
		String plan = Files.readString(demo.resolve("plans/water-management-implementation-plan-2024-2028.tandem"));
		assertTrue(plan.contains(taskGroupId), "the plan belongs to the task group");
		Result valid = cli("validate", demo.toString());
		assertEquals(0, valid.exit, valid.output);
		assertTrue(valid.output.contains("5 files, 0 errors"), valid.output);
	}

	@Test
	void anMsProjectFileBecomesANewPlan() throws Exception {
		Path workspace = folder.resolve("from-mpp");
		assertEquals(0, cli("demo", workspace.toString()).exit);
		Path mpp = Path.of("../org.tandem.io.tests/data/mpp9baseline.mpp").toAbsolutePath();

		Result imported = cli("import", mpp.toString(), "--into", workspace.toString());

		assertEquals(0, imported.exit, imported.output);
		assertTrue(imported.output.contains("wrote plans/mpp12baselinetest-9.tandem"), imported.output);
		assertTrue(imported.output.contains("1 plan(s) with 8 task(s), 1 milestone(s) and 6 link(s)"), imported.output);
		assertFalse(imported.output.contains("Log4j"), imported.output);
		String plan = Files.readString(workspace.resolve("plans/mpp12baselinetest-9.tandem"));
		assertTrue(plan.contains("Subtask B1a"), plan);
		Result valid = cli("validate", workspace.toString());
		assertEquals(0, valid.exit, valid.output);
	}

	@Test
	void csvXlsxAndIcsExportInTheChosenLanguage() throws Exception {
		Path csv = folder.resolve("items.csv");
		assertEquals(0, cli("export", demo.toString(), "--format", "org.tandem.io.csv", "--scope", planId, "--lang", "zh", "--out", csv.toString()).exit);
		assertTrue(Files.readString(csv).startsWith("\uFEFF编号,类型,名称"));
		Path ics = folder.resolve("milestones.ics");
		assertEquals(0, cli("export", demo.toString(), "--format", "ics", "--scope", planId, "--lang", "de", "--out", ics.toString()).exit);
		assertTrue(Files.readString(ics).contains("SUMMARY:Meilenstein: M1 Bestandsbericht Wasser vorgelegt"));
		Path xlsx = folder.resolve("items.xlsx");
		assertEquals(0, cli("export", demo.toString(), "--format", "xlsx", "--scope", planId, "--out", xlsx.toString()).exit);
		assertEquals('P', (char) Files.readAllBytes(xlsx)[0], "a zip file");
	}

	@Test
	void badFilesAndCommandLinesChangeNothing() throws Exception {
		Path workspace = folder.resolve("untouched");
		assertEquals(0, cli("demo", workspace.toString()).exit);
		List<Path> before = files(workspace);
		Path broken = folder.resolve("broken.csv");
		Files.writeString(broken, "Type,Name,Start,Finish\nTask,Survey,2026-01-05,someday\n");
		Result bad = cli("import", broken.toString(), "--into", workspace.toString());
		assertEquals(4, bad.exit, bad.output);
		assertTrue(bad.output.contains(broken + ", line 2: 1 row(s) cannot be read, nothing was imported:"), bad.output);
		assertTrue(bad.output.contains("line 2: Finish \"someday\" is not a date written as yyyy-MM-dd"), bad.output);
		assertEquals(before, files(workspace));

		Path unknown = Files.writeString(folder.resolve("plan.pdf"), "%PDF");
		Result noImporter = cli("import", unknown.toString(), "--into", workspace.toString());
		assertEquals(2, noImporter.exit, noImporter.output);
		assertTrue(noImporter.output.contains("no importer reads .pdf files; there are importers for .csv, .gan, .mpp, .xml"), noImporter.output);
		Result noScope = cli("export", workspace.toString(), "--format", "csv", "--out", folder.resolve("x.csv").toString());
		assertEquals(2, noScope.exit, noScope.output);
		assertTrue(noScope.output.contains("--scope ID is needed"), noScope.output);
		Result wrongScope = cli("export", demo.toString(), "--format", "xml", "--scope", taskGroupId, "--out", folder.resolve("x.xml").toString());
		assertEquals(2, wrongScope.exit, wrongScope.output);
		assertTrue(wrongScope.output.contains("MS Project XML (MSPDI) cannot export a TaskGroup"), wrongScope.output);
		assertFalse(Files.exists(folder.resolve("x.xml")));
		assertEquals(before, files(workspace));
	}

	private static List<Path> files(Path workspace) throws Exception {
		try (var walk = Files.walk(workspace)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static String firstId(String xmi, String element) {
		Matcher matcher = Pattern.compile(Pattern.quote(element) + "[^>]*? id=\"([^\"]+)\"").matcher(xmi);
		assertTrue(matcher.find(), element);
		return matcher.group(1);
	}

	private static Result cli(String... arguments) throws Exception {
		Process process = launcher.cli(Launcher.testJdk(), arguments).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "tandem-cli finished");
		return new Result(process.exitValue(), output);
	}

	private record Result(int exit, String output) {
	}
}
