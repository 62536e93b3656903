package org.tandem.sync.api.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.StandIns;
import org.tandem.model.api.Concept;
import org.tandem.model.api.Measure;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;

/**
 * Elements of a plug-in's own EMF package (a subclass of Measure with an attribute of its own)
 * merge like Tandem's: with the plug-in installed, and as stand-ins without it.
 */
class PluginPackageMergeTest {

	private static final String NAMESPACE = "http://example.org/tandem/circular/1.0";

	@TempDir
	Path folder;
	private EClass circularMeasure;
	private EAttribute recycled;

	@BeforeEach
	void register() {
		EPackage circular = EcoreFactory.eINSTANCE.createEPackage();
		circular.setName("circular");
		circular.setNsPrefix("circular");
		circular.setNsURI(NAMESPACE);
		circularMeasure = EcoreFactory.eINSTANCE.createEClass();
		circularMeasure.setName("CircularMeasure");
		circularMeasure.getESuperTypes().add(TandemPackage.Literals.MEASURE);
		recycled = EcoreFactory.eINSTANCE.createEAttribute();
		recycled.setName("recycledTonnes");
		recycled.setEType(EcorePackage.Literals.EDOUBLE);
		circularMeasure.getEStructuralFeatures().add(recycled);
		circular.getEClassifiers().add(circularMeasure);
		EPackage.Registry.INSTANCE.put(NAMESPACE, circular);
	}

	@AfterEach
	void unregister() {
		EPackage.Registry.INSTANCE.remove(NAMESPACE);
	}

	@Test
	void aNewPluginElementOnOneSideAndAnEditOnTheOtherMerge() throws Exception {
		Versions v = Versions.of(folder, concept());
		Concept ours = (Concept) v.ours.getContents().get(0);
		Measure added = (Measure) EcoreUtil.create(circularMeasure);
		added.eSet(recycled, 1250.5);
		ours.getMeasures().add(added);
		((Concept) v.theirs.getContents().get(0)).getTitle().setText("de", "Kreislaufwirtschaft in Tongling");
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		EObject measure = merged.get(added.getId());
		assertEquals(circularMeasure, measure.eClass());
		assertEquals(1250.5, measure.eGet(recycled));
		assertEquals("Kreislaufwirtschaft in Tongling", ((Concept) merged.reloaded().getContents().get(0)).getTitle().getText("de"));
	}

	@Test
	void withoutThePluginItsElementsMergeAsStandInsAndKeepTheirAttributes() throws Exception {
		Concept concept = concept();
		Measure measure = (Measure) EcoreUtil.create(circularMeasure);
		measure.eSet(recycled, 1250.5);
		concept.getMeasures().add(measure);
		Versions v = Versions.of(folder, concept);
		unregister();
		v = Versions.of(folder.resolve("original.tandem"));
		assertTrue(StandIns.isStandIn(v.ours(measure.getId())));
		v.<Measure>ours(measure.getId()).setCost(40_000.0);
		((Concept) v.theirs.getContents().get(0)).getTitle().setText("en", "Circular economy in Tongling");
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals(40_000.0, merged.<Measure>get(measure.getId()).getCost());
		String saved = Files.readString(folder.resolve("merged.tandem"));
		assertTrue(saved.contains("xsi:type=\"circular:CircularMeasure\"") && saved.contains("recycledTonnes=\"1250.5\""), saved);
	}

	private static Concept concept() {
		Concept concept = TandemFactory.eINSTANCE.createConcept();
		concept.setTitle(TandemFactory.eINSTANCE.createLocalizedText());
		concept.getTitle().setText("en", "Circular economy");
		return concept;
	}
}
