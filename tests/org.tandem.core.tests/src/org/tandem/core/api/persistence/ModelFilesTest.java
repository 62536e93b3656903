package org.tandem.core.api.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	@Test
	void roundTripKeepsIdsReferencesAndChineseText() throws IOException {
		Path file = save(TestModel.tree("Rhein-Neckar 乌鲁木齐", 50));
		XMLResource loaded = files.load(TestModel.resourceSet(), file);
		EObject root = loaded.getContents().get(0);
		assertTrue(EcoreUtil.equals(TestModel.tree("Rhein-Neckar 乌鲁木齐", 50), root));
		EObject last = loaded.getEObject("n49");
		assertSame(loaded.getEObject("n48"), last.eGet(TestModel.FRIEND));
		assertEquals("Knoten 49 节点 Rhein-Neckar 乌鲁木齐", last.eGet(TestModel.NAME));
	}

	@Test
	void writesUtf8WithLfAndIdsAsAttributes() throws IOException {
		String text = Files.readString(save(TestModel.tree("Ruhr 京津冀", 3)), StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text);
		assertFalse(text.contains("\r"), "LF line ends only");
		assertTrue(text.contains("id=\"n2\""), text);
		assertTrue(text.contains("friend=\"#n1\""), "references by id: " + text);
		assertFalse(text.contains("xmi:id"), text);
		assertTrue(text.contains("京津冀"), "Chinese as UTF-8, not as character references");
	}

	@Test
	void anUnchangedModelSavesByteIdentical() throws IOException {
		Path file = save(TestModel.tree("Wasser", 200));
		byte[] first = Files.readAllBytes(file);
		XMLResource loaded = files.load(TestModel.resourceSet(), file);
		files.save(loaded, file);
		assertArrayEquals(first, Files.readAllBytes(file));
	}

	@Test
	void malformedXmlNamesFileLineAndColumnAndLeavesTheFile() throws IOException {
		String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<node:Node xmlns:node=\"http://tandem.org/test/node\" id=\"root\">\n  <children id=\"a\" name=\"x\">\n</node:Node>\n";
		ModelFileException e = loadFails("broken.xmi", broken);
		assertEquals(4, e.line(), e.getMessage());
		assertTrue(e.column() > 0, e.getMessage());
		assertTrue(e.getMessage().contains("broken.xmi, line 4, column"), e.getMessage());
	}

	@Test
	void aTruncatedFileIsReportedWithItsName() throws IOException {
		byte[] whole = Files.readAllBytes(save(TestModel.tree("Energie", 100)));
		String half = new String(Arrays.copyOf(whole, whole.length / 2), StandardCharsets.UTF_8);
		ModelFileException e = loadFails("truncated.xmi", half);
		assertTrue(e.line() > 1, e.getMessage());
	}

	@Test
	void anOversizedFileIsRefusedBeforeParsing() throws IOException {
		Path file = save(TestModel.tree("Energie", 100));
		byte[] before = Files.readAllBytes(file);
		ModelFileException e = assertThrows(ModelFileException.class, () -> new ModelFiles(1000).load(TestModel.resourceSet(), file));
		assertTrue(e.reason().contains("more than the limit of 1000 bytes"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void externalEntitiesAreRefused() throws IOException {
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE n [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<node:Node xmlns:node=\"http://tandem.org/test/node\" id=\"root\" name=\"&secret;\"/>\n";
		ModelFileException e = loadFails("xxe.xmi", xxe);
		assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
		assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd leaks into the message");
	}

	@Test
	void billionLaughsIsRefused() throws IOException {
		StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			doc.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
		}
		doc.append("]>\n<node:Node xmlns:node=\"http://tandem.org/test/node\" id=\"root\" name=\"&lol9;\"/>\n");
		ModelFileException e = loadFails("lolz.xmi", doc.toString());
		assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = folder.resolve("fehlt.xmi");
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(TestModel.resourceSet(), missing));
		assertEquals(missing, e.file());
		assertTrue(e.getMessage().endsWith("fehlt.xmi: the file does not exist"), e.getMessage());
	}

	@Test
	void aBrokenFileOffersTheBackupAndTheResourceSetStaysClean() throws IOException {
		Path file = save(TestModel.tree("eins", 3));
		files.save(files.load(TestModel.resourceSet(), file), file);
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<node:Node xmlns:node=\"http://tandem.org/test/node\"");
		ResourceSet resources = TestModel.resourceSet();
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(resources, file));
		assertEquals(new AtomicFile(file).backup(), e.backup().orElseThrow());
		assertTrue(resources.getResources().isEmpty(), "no half-loaded resource stays behind");
		assertTrue(EcoreUtil.equals(TestModel.tree("eins", 3), files.load(TestModel.resourceSet(), e.backup().get()).getContents().get(0)));
	}

	@Test
	void unknownElementsFromAMissingPlugInAreKept() throws IOException {
		String withUnknown = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<node:Node xmlns:node=\"http://tandem.org/test/node\" id=\"root\" name=\"r\" recyclingRate=\"0.4\"/>\n";
		Path file = folder.resolve("unknown.xmi");
		Files.writeString(file, withUnknown);
		XMLResource loaded = files.load(TestModel.resourceSet(), file);
		assertFalse(loaded.getEObjectToExtensionMap().isEmpty(), "the unknown attribute is recorded");
		files.save(loaded, file);
		assertTrue(Files.readString(file).contains("recyclingRate=\"0.4\""), "and saved again: " + Files.readString(file));
	}

	private ModelFileException loadFails(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(file);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(TestModel.resourceSet(), file));
		assertEquals(file, e.file());
		assertArrayEquals(before, Files.readAllBytes(file), "the broken file is left as it was");
		return e;
	}

	private Path save(EObject root) throws IOException {
		Path file = folder.resolve("model-" + System.nanoTime() + ".xmi");
		XMLResource resource = ModelFiles.newResource(TestModel.resourceSet(), file);
		resource.getContents().add(root);
		files.save(resource, file);
		return file;
	}
}
