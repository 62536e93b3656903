package org.tandem.core.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.SAXParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.core.internal.demo.SyntheticWorkspace;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The scanner reports what the hardened SAX parser reports, event for event, for every model file
 * of the demo and of a generated workspace and for the corners of XML that files may hold; it
 * declines everything else, so that the SAX parser reads (or refuses) it.
 */
class XmiScannerTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT = "<t:Node xmlns:t=\"urn:t\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

	@TempDir
	Path folder;

	private final HardenedParsers parsers = new HardenedParsers();

	@Test
	void everyFileOfTheDemoAndOfAGeneratedWorkspaceScansAsItParses() throws Exception {
		DemoWorkspace.create(Files.createDirectories(folder.resolve("demo")));
		new SyntheticWorkspace(3).generate(Files.createDirectories(folder.resolve("generated")), 5_000);
		List<Path> files = new ArrayList<>(ModelWorkspace.modelFiles(folder.resolve("demo")));
		files.addAll(ModelWorkspace.modelFiles(folder.resolve("generated")));
		assertFalse(files.isEmpty());
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			assertEquals(parsed(bytes), scanned(bytes), file.toString());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { //
			ROOT + " a=\"x &lt; y &amp;&amp; z &gt; 0 &quot;q&quot; &apos;\"/>", //
			ROOT + " a='single \"quoted\"'/>", //
			ROOT + " a=\"line&#xA;break&#9;tab &#x1F600; &#20013;\"/>", //
			ROOT + " a=\"literal\ttab\nand\r\nbreaks\"/>", //
			ROOT + " a = \"spaced\" >text &amp; more</t:Node>", //
			ROOT + ">Wasser 水资源 😀 Ä</t:Node>", //
			ROOT + ">one\r\ntwo\rthree\n</t:Node>", //
			ROOT + "><!-- a comment --><child xsi:type=\"t:Sub\" b=\"1\"><name>n</name></child></t:Node>", //
			"<!-- before -->" + ROOT + "/>\n<!-- after -->\n", //
			ROOT + " xmlns=\"urn:default\"><plain/></t:Node>", //
			ROOT + "><a><b><c/></b></a ></t:Node>", //
	})
	void cornersOfXmlScanAsTheyParse(String document) throws Exception {
		byte[] bytes = (HEAD + document).getBytes(StandardCharsets.UTF_8);
		assertEquals(parsed(bytes), scanned(bytes));
	}

	@Test
	void aByteOrderMarkAndNoDeclarationScanAsTheyParse() throws Exception {
		byte[] withMark = ("\uFEFF" + HEAD + ROOT + "/>").getBytes(StandardCharsets.UTF_8);
		assertEquals(parsed(withMark), scanned(withMark));
		byte[] bare = (ROOT + "/>").getBytes(StandardCharsets.UTF_8);
		assertEquals(parsed(bare), scanned(bare));
	}

	@ParameterizedTest
	@ValueSource(strings = { //
			HEAD + "<!DOCTYPE t:Node [<!ENTITY e \"x\">]>" + ROOT + "/>", //
			HEAD + ROOT + "><![CDATA[raw]]></t:Node>", //
			HEAD + ROOT + "><?pi data?></t:Node>", //
			"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + ROOT + "/>", //
			"<?xml version=\"1.1\"?>" + ROOT + "/>", //
			HEAD + ROOT + "><a></b></t:Node>", //
			HEAD + ROOT + "><u:a/></t:Node>", //
			HEAD + ROOT + " a=\"1\" a=\"2\"/>", //
			HEAD + ROOT + " a=\"fish & chips\"/>", //
			HEAD + ROOT + " a=\"&nbsp;\"/>", //
			HEAD + ROOT + " a=\"&#0;\"/>", //
			HEAD + ROOT + " a=\"x < y\"/>", //
			HEAD + ROOT + "><a xmlns:u=\"urn:u\"/></t:Node>", //
			HEAD + ROOT + "/><second/>", //
			HEAD + ROOT + "><open>", //
			HEAD + ROOT + " a=\"x\"b=\"y\"/>", //
			HEAD + ROOT + ">a ]]> b</t:Node>", //
			HEAD + ROOT + "><!-- a -- b --></t:Node>", //
			HEAD + ROOT + " a=unquoted/>", //
			HEAD + ROOT + ">bell \u0007</t:Node>", //
			" " + HEAD + ROOT + "/>", //
	})
	void declinesWhatIsNotPlainOrNotWellFormed(String document) {
		assertThrows(XmiScanner.Declined.class, () -> scanned(document.getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "C0 80", "E0 80 80", "ED A0 80", "F4 90 80 80", "E4 B8", "80", "FF" })
	void declinesBytesThatAreNotUtf8(String hex) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		bytes.write((HEAD + ROOT + " a=\"").getBytes(StandardCharsets.UTF_8));
		for (String b : hex.split(" ")) {
			bytes.write(Integer.parseInt(b, 16));
		}
		bytes.write("\"/>".getBytes(StandardCharsets.UTF_8));
		assertThrows(XmiScanner.Declined.class, () -> scanned(bytes.toByteArray()));
	}

	private List<String> scanned(byte[] bytes) throws Exception {
		Recorder recorder = new Recorder();
		new XmiScanner(bytes, bytes.length).scan(recorder);
		return recorder.events;
	}

	private List<String> parsed(byte[] bytes) throws Exception {
		Recorder recorder = new Recorder();
		SAXParser parser = parsers.acquire();
		try {
			parser.parse(new ByteArrayInputStream(bytes), recorder);
		} finally {
			parsers.release(parser);
		}
		return recorder.events;
	}

	/** The SAX events of a document, adjacent text joined as a parser may split it anywhere. */
	private static final class Recorder extends DefaultHandler {
		final List<String> events = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();

		@Override
		public void startPrefixMapping(String prefix, String uri) {
			flush();
			events.add("prefix " + prefix + "=" + uri);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			flush();
			StringBuilder event = new StringBuilder("start {" + uri + "}" + localName + " " + qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				event.append(" [{").append(attributes.getURI(i)).append('}').append(attributes.getLocalName(i)).append(' ')
						.append(attributes.getQName(i)).append('=').append(attributes.getValue(i)).append(']');
				assertEquals(i, attributes.getIndex(attributes.getURI(i), attributes.getLocalName(i)));
				assertEquals(attributes.getValue(i), attributes.getValue(attributes.getQName(i)));
			}
			events.add(event.toString());
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			text.append(ch, start, length);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			flush();
			events.add("end {" + uri + "}" + localName + " " + qName);
		}

		@Override
		public void endDocument() {
			flush();
			events.add("end of document");
		}

		private void flush() {
			if (!text.isEmpty()) {
				events.add("text " + text);
				text.setLength(0);
			}
		}
	}
}
