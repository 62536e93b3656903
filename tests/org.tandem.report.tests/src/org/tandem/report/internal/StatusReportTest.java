package org.tandem.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TaskGroup;

/** Status reports of the demo workspace, read back with poppler's pdftotext and pdffonts. */
class StatusReportTest {

	private static final LocalDate DAY = LocalDate.parse("2026-11-23");

	@TempDir
	Path folder;
	private List<EObject> roots;
	private Partnership rhineNeckar;
	private TaskGroup water;

	@BeforeEach
	void openDemo() throws IOException {
		roots = DemoRoots.open(folder);
		rhineNeckar = DemoRoots.rhineNeckar(roots);
		water = rhineNeckar.getTaskGroups().stream().filter(g -> "water-resources".equals(g.getDomain())).findFirst().orElseThrow();
	}

	private Path write(String id, Locale language) throws IOException {
		Path pdf = folder.resolve("report-" + language + ".pdf");
		new StatusReport(roots).write(ReportScope.find(roots, id).orElseThrow(), language, DAY, pdf);
		Path kept = Files.createDirectories(Path.of("target", "reports")).resolve(pdf.getFileName()); // for people to look at
		Files.copy(pdf, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return pdf;
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError(command[0] + " (poppler-utils) is needed to read the report back: " + e.getMessage(), e);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), output);
		return output;
	}

	@Test
	void chineseReportOfATaskGroupKeepsItsChineseTextSearchable() throws Exception {
		Path pdf = write(water.getId(), Locale.CHINESE);
		String text = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
		assertTrue(text.contains("状态报告"), text);
		for (String name : List.of("M1 提交水资源现状报告", "M2 中水回用厂投入运行", "M3 2026年度互访中期评估", "M4 结题报告与推广方案")) {
			assertTrue(text.contains(name), name + " in\n" + text);
		}
		assertTrue(text.contains("甘特图"), "the Gantt chart's heading");
		assertTrue(text.contains("里程碑趋势分析"), "the trend chart's heading");
		assertTrue(text.contains("+91天"), "the plant slipped 91 days against the 2025 visit");
		assertFalse(text.contains("M2 首次供热"), "the energy group's milestone belongs to another scope");
		String fonts = run("pdffonts", pdf.toString());
		assertTrue(fonts.contains("CID TrueType"), fonts);
		assertTrue(fonts.lines().skip(2).allMatch(line -> line.contains(" yes yes ")), "embedded as a subset:\n" + fonts);
	}

	@Test
	void germanAndEnglishReportsOfAPartnership() throws Exception {
		String german = run("pdftotext", "-enc", "UTF-8", write(rhineNeckar.getId(), Locale.GERMAN).toString(), "-");
		assertTrue(german.contains("Statusbericht"), german);
		assertTrue(german.contains("M2 Aufbereitungsanlage in Betrieb"), german);
		assertTrue(german.contains("M2 Erste Wärmelieferung"), "both task groups of the partnership");
		assertTrue(german.contains("Überfällig"), german);
		assertTrue(german.contains("6 Meilensteine: 2 erreicht, 1 überfällig"), german);
		String english = run("pdftotext", "-enc", "UTF-8", write(rhineNeckar.getId(), Locale.ENGLISH).toString(), "-");
		assertTrue(english.contains("Status report"), english);
		assertTrue(english.contains("M1 Waste heat register published"), english);
	}

	@Test
	void theFileIsReplacedWholeAndUnknownScopesAreNotFound() throws Exception {
		Path pdf = folder.resolve("report.pdf");
		Files.writeString(pdf, "old");
		new StatusReport(roots).write(ReportScope.find(roots, water.getId()).orElseThrow(), Locale.ENGLISH, DAY, pdf);
		assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
		assertTrue(ReportScope.find(roots, "no-such-id").isEmpty());
		assertEquals(3, ReportScope.all(roots).stream()
				.filter(s -> s.element() == rhineNeckar || rhineNeckar.getTaskGroups().contains(s.element())).count(),
				"the partnership and its two task groups");
	}
}
