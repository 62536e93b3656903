package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem-cli} of the unpacked product, without a display, as a script would use it. */
class CliScriptTest {

	@TempDir
	static Path folder;
	private static Launcher launcher;

	@BeforeAll
	static void unpack() throws Exception {
		launcher = Launcher.unpack(folder);
	}

	@Test
	void helpListsTheCommandsAndExitCodes() throws Exception {
		Result result = cli("help");
		assertEquals(0, result.exit, result.output);
		assertTrue(result.output.contains("validate DIR") && result.output.contains("stats DIR") && result.output.contains("export DIR"), result.output);
	}

	@Test
	void aWrongCommandLineExitsWith2() throws Exception {
		assertEquals(2, cli().exit);
		Result unknown = cli("frobnicate");
		assertEquals(2, unknown.exit);
		assertTrue(unknown.output.contains("unknown command frobnicate"), unknown.output);
		Result missing = cli("stats", folder.resolve("missing").toString());
		assertEquals(2, missing.exit);
		assertTrue(missing.output.contains("is not a folder"), missing.output);
	}

	@Test
	void anUnreadableModelFileIsNamedWithItsLineAndExitsWith4() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("broken workspace"));
		Files.writeString(workspace.resolve("plan.tandem"), "<?xml version=\"1.0\"?>\n<tandem:Plan\n");
		Result result = cli("stats", workspace.toString());
		assertEquals(4, result.exit, result.output);
		assertTrue(result.output.contains("plan.tandem, line "), result.output);
	}

	@Test
	void anEmptyWorkspaceIsFine() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("empty"));
		Result result = cli("validate", workspace.toString());
		assertEquals(0, result.exit, result.output);
		assertTrue(result.output.contains("0 files, 0 errors"), result.output);
	}

	@Test
	void theDemoValidatesWithWarningsAndABrokenDateFailsWith1() throws Exception {
		Path workspace = folder.resolve("demo");
		Result demo = cli("demo", workspace.toString());
		assertEquals(0, demo.exit, demo.output);
		Result valid = cli("validate", workspace.toString());
		assertEquals(0, valid.exit, valid.output);
		assertTrue(valid.output.contains("4 files, 0 errors"), valid.output);
		assertTrue(valid.output.contains("WARNING partnerships/rhein-neckar-urumqi.tandem: The Chinese translation"), valid.output);

		Path plan = workspace.resolve("plans/wasser-2024-2028.tandem");
		Files.writeString(plan, Files.readString(plan).replace("planned=\"2027-06-30\"", "planned=\"2031-06-30\""));
		Result broken = cli("validate", workspace.toString());
		assertEquals(1, broken.exit, broken.output);
		assertTrue(broken.output.contains("ERROR plans/wasser-2024-2028.tandem: \"M2 Reclaimed water plant in operation\" ends on 2031-06-30"), broken.output);
		assertEquals(2, cli("demo", workspace.toString()).exit, "the demo goes only into a workspace without model files");
	}

	@Test
	void generateMakesAWorkspaceThatStatsCounts() throws Exception {
		Path workspace = folder.resolve("generated");
		Result generated = cli("generate", workspace.toString(), "--elements", "5000");
		assertEquals(0, generated.exit, generated.output);
		Result stats = cli("stats", workspace.toString());
		assertEquals(0, stats.exit, stats.output);
		assertTrue(stats.output.contains(" elements") && stats.output.contains("Milestone"), stats.output);
		assertEquals(2, cli("generate", workspace.toString(), "--elements", "lots").exit);
	}

	@Test
	void pluginsListsTheBuiltInDomains() throws Exception {
		Result result = cli("plugins");
		assertEquals(0, result.exit, result.output);
		assertTrue(result.output.matches("(?s).*domain +energy-efficiency +org\\.tandem\\.domains +Energy and material efficiency.*"), result.output);
		assertTrue(result.output.matches("(?s).*domain +water-resources +org\\.tandem\\.domains +Water-resource management.*"), result.output);
	}

	@Test
	void dashboardWritesAChinesePageAndNamesThePartnershipsForAWrongId() throws Exception {
		Path workspace = folder.resolve("dashboard demo");
		assertEquals(0, cli("demo", workspace.toString()).exit);
		Path page = folder.resolve("dashboard zh.html");
		Result written = cli("dashboard", workspace.toString(), "--out", page.toString(), "--lang", "zh", "--date", "2026-11-23");
		assertEquals(0, written.exit, written.output);
		assertTrue(written.output.contains("choose another with --partnership ID:"), written.output);
		String html = Files.readString(page, StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">") && html.contains("已逾期的里程碑") && html.contains("截至2026/11/23"), html);
		Result wrong = cli("dashboard", workspace.toString(), "--out", page.toString(), "--partnership", "nope");
		assertEquals(2, wrong.exit, wrong.output);
		assertTrue(wrong.output.contains("no partnership with id nope; its partnerships:") && wrong.output.contains("Rhine-Neckar"), wrong.output);
		assertEquals(2, cli("dashboard", workspace.toString(), "--out", page.toString(), "--lang", "fr").exit);
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
