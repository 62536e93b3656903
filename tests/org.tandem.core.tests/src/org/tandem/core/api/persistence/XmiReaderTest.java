package org.tandem.core.api.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.core.internal.demo.SyntheticWorkspace;

/**
 * The dedicated reader gives the same models as EMF's XMI loader, for every file of the demo and of
 * a generated workspace, without handing any of them to EMF; an unchanged model saves
 * byte-identical; what it does not read goes to EMF's loader, and broken files keep their place.
 */
class XmiReaderTest {

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();
	private final HardenedParsers parsers = new HardenedParsers();

	@Test
	void theDemoWorkspaceReadsAsWithEmf() throws IOException {
		DemoWorkspace.create(folder);
		assertSameAsEmf(folder);
	}

	@Test
	void aGeneratedWorkspaceReadsAsWithEmf() throws IOException {
		new SyntheticWorkspace(7).generate(folder, 20_000);
		assertSameAsEmf(folder);
	}

	@Test
	void theTestModelReadsAsWithEmf() throws IOException {
		Path file = folder.resolve("tree.tandem");
		XMLResource resource = ModelFiles.newResource(TestModel.resourceSet(), file);
		resource.getContents().add(TestModel.tree("Rhein-Neckar 乌鲁木齐", 30));
		files.save(resource, file);
		assertSameAsEmf(folder);
	}

	@Test
	void severalRootsAndReferencesBeforeTheirTargetsAreRead() throws IOException {
		String xmi = """
				<?xml version="1.0" encoding="UTF-8"?>
				<xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:node="http://tandem.org/test/node">
				  <node:Node id="a" name="first" friend="#b"/>
				  <node:Node id="b" name="second">
				    <children id="c" friend="#a"/>
				  </node:Node>
				</xmi:XMI>
				""";
		Path file = write("roots.tandem", xmi);
		XMLResource resource = readDirectly(TestModel.resourceSet(), file);
		assertEquals(2, resource.getContents().size());
		assertEquals(resource.getEObject("b"), resource.getEObject("a").eGet(TestModel.FRIEND));
		assertEquals(resource.getEObject("a"), resource.getEObject("c").eGet(TestModel.FRIEND));
		assertArrayEquals(Files.readAllBytes(file), ModelFiles.serialize(resource));
	}

	@Test
	void anAttributeMayBeAnElementWithText() throws IOException {
		Path file = write("text.tandem", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<node:Node xmlns:node=\"http://tandem.org/test/node\" id=\"root\"><name>Wasser 水</name></node:Node>\n");
		assertEquals("Wasser 水", readDirectly(TestModel.resourceSet(), file).getContents().get(0).eGet(TestModel.NAME));
		Path nested = write("nested.tandem", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<node:Node xmlns:node=\"http://tandem.org/test/node\" id=\"root\"><name><children id=\"c\"/></name></node:Node>\n");
		assertThrows(XmiInput.NotUnderstood.class, () -> readDirectly(TestModel.resourceSet(), nested));
		assertEquals(4, TestModel.NODE.getEStructuralFeatures().size(), "the model is as it was");
	}

	@Test
	void whatTheReaderDoesNotKnowGoesToEmf() throws IOException {
		Path file = write("unknown.tandem", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<node:Node xmlns:node=\"http://tandem.org/test/node\" id=\"root\" recyclingRate=\"0.4\"/>\n");
		XMLResource resource = ModelFiles.newResource(TestModel.resourceSet(), file);
		assertThrows(XmiInput.NotUnderstood.class, () -> resource.load(new XmiInput(Files.readAllBytes(file), parsers), null));
		XMLResource loaded = files.load(TestModel.resourceSet(), file);
		assertFalse(loaded.getEObjectToExtensionMap().isEmpty(), "EMF's loader kept the unknown attribute");
	}

	@Test
	void malformedTandemXmlNamesFileLineAndColumn() throws IOException {
		Path file = write("broken.tandem", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<tandem:Partnership xmlns:tandem=\"http://tandem.org/model/1.0\" id=\"p\">\n  <name>\n    <translations language=\"de\" text=\"x\">\n  </name>\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(ModelWorkspace.newResourceSet(), file));
		assertEquals(file, e.file());
		assertEquals(5, e.line(), e.getMessage());
		assertTrue(e.column() > 0, e.getMessage());
	}

	@Test
	void anUnresolvedReferenceNamesFileLineAndColumn() throws IOException {
		Path file = write("dangling.tandem", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<node:Node xmlns:node=\"http://tandem.org/test/node\" id=\"root\">\n  <children id=\"a\" friend=\"#nowhere\"/>\n</node:Node>\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(TestModel.resourceSet(), file));
		assertTrue(e.line() >= 3, e.getMessage());
		assertTrue(e.column() > 0, e.getMessage());
		assertTrue(e.reason().contains("nowhere"), e.getMessage());
	}

	/** Every file reads directly, equal (ids included) to EMF's reading, and saves back to the same bytes. */
	private void assertSameAsEmf(Path workspace) throws IOException {
		List<Path> modelFiles = ModelWorkspace.modelFiles(workspace);
		assertFalse(modelFiles.isEmpty());
		ResourceSet direct = resourceSetFor(workspace);
		ResourceSet emf = resourceSetFor(workspace);
		List<XMLResource> read = new ArrayList<>();
		List<XMLResource> expected = new ArrayList<>();
		for (Path file : modelFiles) {
			read.add(readDirectly(direct, file));
			XMLResource byEmf = ModelFiles.newResource(emf, file);
			byEmf.load(new ByteArrayInputStream(Files.readAllBytes(file)), files.loadOptions());
			assertTrue(byEmf.getErrors().isEmpty(), byEmf.getErrors().toString());
			expected.add(byEmf);
		}
		for (int i = 0; i < modelFiles.size(); i++) {
			XMLResource actual = read.get(i);
			assertEquals(expected.get(i).getContents().size(), actual.getContents().size());
			for (int root = 0; root < actual.getContents().size(); root++) {
				assertTrue(EcoreUtil.equals(expected.get(i).getContents().get(root), actual.getContents().get(root)), modelFiles.get(i).toString());
			}
			assertEquals(ids(expected.get(i)), ids(actual));
			for (String id : ids(actual)) {
				if (id != null) {
					assertNotNull(actual.getEObject(id), id);
				}
			}
			assertFalse(actual.isModified());
			assertArrayEquals(Files.readAllBytes(modelFiles.get(i)), ModelFiles.serialize(actual), modelFiles.get(i) + " saves byte-identical");
		}
	}

	private static ResourceSet resourceSetFor(Path workspace) {
		ResourceSet resources = ModelWorkspace.newResourceSet();
		resources.getPackageRegistry().put(TestModel.PACKAGE.getNsURI(), TestModel.PACKAGE);
		return resources;
	}

	/** Reads a file with {@link XmiReader} alone: fails if it would hand the file to EMF. */
	private XMLResource readDirectly(ResourceSet resources, Path file) throws IOException {
		XMLResource resource = ModelFiles.newResource(resources, file);
		resource.load(new XmiInput(Files.readAllBytes(file), parsers), null);
		return resource;
	}

	private static List<String> ids(XMLResource resource) {
		List<String> ids = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			ids.add(EcoreUtil.getID(all.next()));
		}
		return ids;
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
