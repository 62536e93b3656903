package org.tandem.report.internal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Partnership;
import org.tandem.report.internal.DemoRoots;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The dashboard page of the demo's Rhine-Neckar – Urumqi partnership: written in each language,
 * read back as XML (it is well-formed) to check that nothing points outside the page, that model
 * text is escaped, and loaded in headless Chromium with no console message and no request but
 * the page itself.
 */
class DashboardPageTest {

	@TempDir
	Path folder;
	private List<EObject> roots;
	private Partnership rhineNeckar;

	@BeforeEach
	void openDemo() throws IOException {
		roots = DemoRoots.open(folder);
		rhineNeckar = DemoRoots.rhineNeckar(roots);
	}

	private Path write(Locale language) throws IOException {
		Path page = folder.resolve("dashboard-" + language + ".html");
		new DashboardPage(language).write(PartnershipDashboard.of(roots, rhineNeckar, PartnershipDashboardTest.DAY), page);
		Path kept = Files.createDirectories(Path.of("target", "dashboards")).resolve(page.getFileName()); // for people to look at
		Files.copy(page, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return page;
	}

	private static Document parse(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.replaceFirst("^<!DOCTYPE html>", ""))));
	}

	@Test
	void chinesePageIsSelfContained() throws Exception {
		String html = Files.readString(write(Locale.CHINESE), StandardCharsets.UTF_8);
		Document document = parse(html);
		assertEquals("zh", document.getDocumentElement().getAttribute("lang"));
		for (String text : List.of("仪表板：莱茵-内卡—乌鲁木齐研究伙伴关系", "已逾期的里程碑", "M3 2026年度互访中期评估", "乌昌地区工业取水量", "已完成从基准值到目标的42%",
				"2025年度曼海姆、海德堡互访", "年度互访")) {
			assertTrue(document.getDocumentElement().getTextContent().contains(text), text);
		}
		List<String> outside = new ArrayList<>();
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			NamedNodeMap attributes = element.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				String name = attributes.item(a).getNodeName();
				String value = attributes.item(a).getNodeValue();
				if (name.matches("(?i)(xlink:)?(src|href|srcset|action|data|poster)") || value.matches("(?is).*(https?:|//|url\\().*") && !name.equals("xmlns")) {
					outside.add(element.getTagName() + " " + name + "=" + value);
				}
			}
			assertFalse(List.of("script", "link", "img", "iframe", "object", "embed").contains(element.getTagName()), element.getTagName());
		}
		assertEquals(List.of(), outside, "attributes that could load something");
		String style = document.getElementsByTagName("style").item(0).getTextContent();
		assertFalse(style.contains("url(") || style.contains("@import") || style.contains("@font-face"), style);
		assertEquals(5, document.getElementsByTagName("article").getLength(), "a card per indicator");
		assertTrue(document.getElementsByTagName("svg").getLength() >= 6, "the light bar and a chart per indicator");
	}

	@Test
	void modelTextIsEscaped() throws Exception {
		rhineNeckar.getName().setText("en", "<script>alert('x')</script> & <b onmouseover=\"y\">");
		String html = new DashboardPage(Locale.ENGLISH).html(PartnershipDashboard.of(roots, rhineNeckar, PartnershipDashboardTest.DAY));
		assertFalse(html.contains("<script>") || html.contains("<b "), "markup from the model");
		assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b onmouseover=&quot;y&quot;&gt;"));
		Document document = parse(html);
		assertTrue(document.getElementsByTagName("h1").item(0).getTextContent().endsWith("<script>alert('x')</script> & <b onmouseover=\"y\">"));
		assertEquals(0, document.getElementsByTagName("script").getLength());
	}

	@Test
	void germanAndEnglishTexts() throws Exception {
		String german = Files.readString(write(Locale.GERMAN), StandardCharsets.UTF_8).replace('\u00a0', ' ');
		assertTrue(german.contains("<html lang=\"de\">") && german.contains("Überfällige Meilensteine") && german.contains("Jahresbesuch"), german);
		assertTrue(german.contains("42 % des Wegs vom Ausgangswert zum Ziel"), "German percent");
		String english = Files.readString(write(Locale.ENGLISH), StandardCharsets.UTF_8);
		assertTrue(english.contains("<html lang=\"en\">") && english.contains("Overdue milestones") && english.contains("Industrial water withdrawal, Uchang"));
	}

	@Test
	void loadsInHeadlessChromiumWithoutConsoleMessagesOrRequestsElsewhere() throws Exception {
		URI page = write(Locale.CHINESE).toUri();
		List<String> messages;
		try (HeadlessChromium chromium = new HeadlessChromium(Files.createDirectories(folder.resolve("chromium-profile")))) {
			messages = chromium.load(page, "document.documentElement.lang + '|' + document.querySelectorAll('svg').length + '|' + document.body.innerText");
		}
		List<String> requests = messages.stream().filter(m -> m.contains("\"method\":\"Network.requestWillBeSent\""))
				.map(m -> m.replaceFirst("(?s).*?\"request\":\\{\"url\":\"([^\"]*)\".*", "$1")).toList();
		assertEquals(List.of(page.toString()), requests, "the page is the only request");
		List<String> complaints = messages.stream().filter(m -> m.contains("\"method\":\"Runtime.consoleAPICalled\"")
				|| m.contains("\"method\":\"Runtime.exceptionThrown\"") || m.contains("\"method\":\"Log.entryAdded\"")).toList();
		assertEquals(List.of(), complaints, "console messages");
		String evaluated = unescape(messages.stream().filter(m -> m.startsWith("{\"id\":20,")).findFirst().orElseThrow());
		assertTrue(evaluated.contains("\"value\":\"zh|"), evaluated);
		assertTrue(evaluated.contains("乌昌地区工业取水量") && evaluated.contains("已逾期的里程碑"), "the Chinese text as the page shows it: " + evaluated);
	}

	/** The JSON string escapes {@code \\uXXXX} that chromium writes for characters outside ASCII, as the characters. */
	private static String unescape(String json) {
		return java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(json)
				.replaceAll(match -> java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
	}
}
