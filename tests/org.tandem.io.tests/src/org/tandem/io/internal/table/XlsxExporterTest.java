package org.tandem.io.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.io.internal.DemoFixture;

/** The xlsx export is a workbook with the headers in the chosen language, dates as dates and every item. */
class XlsxExporterTest {

	@TempDir
	Path folder;

	@Test
	void theWorkbookHoldsHeadersRowsAndDates() throws Exception {
		DemoFixture demo = new DemoFixture(folder.resolve("demo"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XlsxExporter().export(demo.rhineNeckar(), out, Locale.CHINESE);

		Map<String, String> parts = new HashMap<>();
		Path file = java.nio.file.Files.write(folder.resolve("items.xlsx"), out.toByteArray());
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				parts.put(entry.getName(), unescaped(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		assertTrue(parts.get("xl/workbook.xml").contains("name=\"任务和里程碑\""), parts.get("xl/workbook.xml"));
		String strings = parts.get("xl/sharedStrings.xml");
		for (String expected : new String[] { "编号", "里程碑", "M1 提交水资源现状报告", "M1 发布余热地图", "李伟" }) {
			assertTrue(strings.contains(expected) || expected.equals("李伟") && strings.contains("Li Wei"), expected + " in " + strings);
		}
		String sheet = parts.get("xl/worksheets/sheet1.xml");
		long rows = sheet.split("<row ", -1).length - 1;
		int items = new PlanRows(new org.tandem.io.internal.Labels(Locale.CHINESE)).of(demo.rhineNeckar()).size();
		assertTrue(items > 10, "both plans of the partnership");
		assertEquals(items + 1, rows);
		assertTrue(parts.get("xl/styles.xml").contains("yyyy-mm-dd"), "dates carry a date format");
	}

	/** The text with XML's hexadecimal character references resolved (fastexcel writes non-ASCII so). */
	private static String unescaped(String xml) {
		return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
				.replaceAll(match -> new String(Character.toChars(Integer.parseInt(match.group(1), 16))));
	}
}
