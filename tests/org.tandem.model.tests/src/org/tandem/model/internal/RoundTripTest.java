package org.tandem.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Identified;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;

/** A partnership file and a plan file that refers into it survive saving to XMI and loading back. */
class RoundTripTest {

	@TempDir
	Path folder;

	private Resource partnershipFile;
	private Resource planFile;

	@BeforeEach
	void fill() {
		ResourceSet resourceSet = resourceSet();
		partnershipFile = resourceSet.createResource(URI.createFileURI(folder.resolve("rhine-neckar-urumqi.tandem").toString()));
		planFile = resourceSet.createResource(URI.createFileURI(folder.resolve("energy-plan.tandem").toString()));
		new SampleModel().fill(partnershipFile, planFile);
	}

	@Test
	void theSampleHasEveryConcreteClassWithEveryFeatureSet() {
		List<EObject> all = SampleModel.all(partnershipFile, planFile);
		for (EClass eClass : SampleModel.concreteClasses()) {
			List<EObject> instances = all.stream().filter(object -> object.eClass() == eClass).toList();
			assertTrue(!instances.isEmpty(), "no " + eClass.getName());
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				assertTrue(instances.stream().anyMatch(object -> object.eIsSet(feature)), eClass.getName() + "." + feature.getName() + " is never set");
			}
		}
	}

	@Test
	void savingAndLoadingKeepsEveryValueAndReference() throws IOException {
		Resource[] loaded = saveAndLoad();
		assertTrue(EcoreUtil.equals(List.of(partnershipFile.getContents().get(0), planFile.getContents().get(0)),
				List.of(loaded[0].getContents().get(0), loaded[1].getContents().get(0))));
		ImplementationPlan plan = (ImplementationPlan) loaded[1].getContents().get(0);
		assertNotNull(plan.getTaskGroup());
		assertEquals(loaded[0], plan.getTaskGroup().eResource(), "the plan refers into the partnership file");
		assertTrue(((Partnership) loaded[0].getContents().get(0)).getTaskGroups().contains(plan.getTaskGroup()));
	}

	@Test
	void idsAreUniqueAndPreservedBySaveAndLoad() throws IOException {
		List<String> ids = ids(partnershipFile, planFile);
		assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
		Resource[] loaded = saveAndLoad();
		assertEquals(ids, ids(loaded));
	}

	@Test
	void crossReferencesAreWrittenAsIds() throws IOException {
		saveAndLoad();
		ImplementationPlan plan = (ImplementationPlan) planFile.getContents().get(0);
		String xml = Files.readString(folder.resolve("energy-plan.tandem"));
		assertTrue(xml.contains("rhine-neckar-urumqi.tandem#" + plan.getTaskGroup().getId()), xml);
	}

	private Resource[] saveAndLoad() throws IOException {
		Map<String, Object> options = Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_DELIMITER, "\n");
		partnershipFile.save(options);
		planFile.save(options);
		ResourceSet other = resourceSet();
		Resource plan = other.getResource(planFile.getURI(), true);
		EcoreUtil.resolveAll(other);
		return new Resource[] { other.getResource(partnershipFile.getURI(), false), plan };
	}

	private static List<String> ids(Resource... resources) {
		return SampleModel.all(resources).stream().filter(Identified.class::isInstance).map(object -> ((Identified) object).getId())
				.toList();
	}

	private static ResourceSet resourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("tandem", new XMIResourceFactoryImpl());
		return resourceSet;
	}
}
