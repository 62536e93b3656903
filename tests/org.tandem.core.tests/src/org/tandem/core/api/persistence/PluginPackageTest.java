package org.tandem.core.api.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.core.internal.validation.ModelValidation;
import org.tandem.model.api.Concept;
import org.tandem.model.api.Measure;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemPackage;

/**
 * A plug-in's own EMF package with a subclass of Measure: its elements load, save and validate
 * like Tandem's own; without the plug-in, a workspace that uses them still loads, keeps them and
 * saves them back unchanged, with a warning that names the file and the element.
 */
class PluginPackageTest {

	private static final String NAMESPACE = "http://example.org/tandem/circular/1.0";

	@TempDir
	Path folder;
	private EPackage circular;
	private EClass circularMeasure;
	private EAttribute recycled;
	private EAttribute material;

	@BeforeEach
	void demo() throws Exception {
		register();
		DemoWorkspace.create(folder);
	}

	private void register() {
		circular = EcoreFactory.eINSTANCE.createEPackage();
		circular.setName("circular");
		circular.setNsPrefix("circular");
		circular.setNsURI(NAMESPACE);
		circularMeasure = EcoreFactory.eINSTANCE.createEClass();
		circularMeasure.setName("CircularMeasure");
		circularMeasure.getESuperTypes().add(TandemPackage.Literals.MEASURE);
		recycled = attribute("recycledTonnes", EcorePackage.Literals.EDOUBLE);
		material = attribute("material", EcorePackage.Literals.ESTRING);
		circular.getEClassifiers().add(circularMeasure);
		EPackage.Registry.INSTANCE.put(NAMESPACE, circular);
	}

	@AfterEach
	void unregister() {
		EPackage.Registry.INSTANCE.remove(NAMESPACE);
	}

	@Test
	void elementsOfThePluginLoadSaveAndValidate() throws Exception {
		String id = addMeasure();
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		assertEquals(List.of(), workspace.problems());
		EObject measure = find(workspace, id);
		assertEquals(circularMeasure, measure.eClass());
		assertEquals(1250.5, measure.eGet(recycled));
		assertEquals("slag", measure.eGet(material));
		assertTrue(measure instanceof Measure, "a Measure to Tandem");
		ComposedAdapterFactory adapters = ItemProviders.create();
		IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(measure, IItemLabelProvider.class);
		assertTrue(labels.getText(measure).contains("Slag reuse in cement"), "labelled as a Measure: " + labels.getText(measure));
		adapters.dispose();
		Diagnostic diagnostic = new ModelValidation().validate(workspace.roots());
		assertTrue(diagnostic.getChildren().stream().noneMatch(d -> d.getData().contains(measure)), diagnostic.getChildren().toString());
	}

	@Test
	void withoutThePluginItsElementsAreKeptAndSavedBackUnchanged() throws Exception {
		String id = addMeasure();
		Path file = folder.resolve("partnerships/rhein-neckar-urumqi.tandem");
		byte[] before = Files.readAllBytes(file);
		assertTrue(new String(before, java.nio.charset.StandardCharsets.UTF_8).contains("xsi:type=\"circular:CircularMeasure\""));
		unregister();

		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		assertEquals(List.of(), workspace.problems(), "the workspace loads");
		EObject measure = find(workspace, id);
		assertTrue(measure instanceof Measure, "a stand-in that is still a Measure");
		assertTrue(StandIns.isStandIn(measure));
		assertEquals("CircularMeasure", measure.eClass().getName());
		XMLResource resource = (XMLResource) measure.eResource();
		assertEquals(1, resource.getWarnings().size());
		String warning = resource.getWarnings().get(0).getMessage();
		assertTrue(warning.contains("rhein-neckar-urumqi.tandem") && warning.contains(id) && warning.contains(NAMESPACE), warning);
		Diagnostic diagnostic = new ModelValidation().validate(workspace.roots());
		assertTrue(diagnostic.getChildren().stream()
				.anyMatch(d -> d.getSeverity() == Diagnostic.WARNING && d.getData().contains(measure) && d.getMessage().contains(NAMESPACE)),
				diagnostic.getChildren().toString());

		workspace.save(resource);
		assertArrayEquals(before, Files.readAllBytes(file), "saved back as it was read");
		((Measure) measure).setCost(99.0);
		workspace.save(resource);
		register();
		ModelWorkspace again = ModelWorkspace.open(folder, new ModelFiles());
		EObject restored = find(again, id);
		assertEquals(circularMeasure, restored.eClass(), "the plug-in's class again once it is back");
		assertEquals(1250.5, restored.eGet(restored.eClass().getEStructuralFeature("recycledTonnes")));
		assertEquals(99.0, ((Measure) restored).getCost());
	}

	/** Adds a CircularMeasure to the first concept of the Rhine-Neckar partnership and saves; its id. */
	private String addMeasure() throws Exception {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		Partnership partnership = (Partnership) workspace.roots().stream()
				.filter(r -> r instanceof Partnership p && p.getName().getText("en").startsWith("Rhine-Neckar")).findFirst().orElseThrow();
		Concept concept = partnership.getTaskGroups().get(0).getConcepts().get(0);
		Measure measure = (Measure) EcoreUtil.create(circularMeasure);
		measure.setName(org.tandem.model.api.TandemFactory.eINSTANCE.createLocalizedText());
		measure.getName().setText("en", "Slag reuse in cement");
		measure.eSet(recycled, 1250.5);
		measure.eSet(material, "slag");
		concept.getMeasures().add(measure);
		workspace.save((XMLResource) partnership.eResource());
		assertFalse(measure.getId() == null);
		return measure.getId();
	}

	private static EObject find(ModelWorkspace workspace, String id) {
		return workspace.models().stream().map(m -> m.getEObject(id)).filter(e -> e != null).findFirst().orElseThrow();
	}

	private EAttribute attribute(String name, org.eclipse.emf.ecore.EDataType type) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		circularMeasure.getEStructuralFeatures().add(attribute);
		return attribute;
	}
}
