package org.tandem.sync.api.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.Identified;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Risk;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.Translation;
import org.tandem.model.api.TranslationState;
import org.tandem.model.api.WorkPackage;

/** The merge of a small plan: each kind of change once merging cleanly and once in conflict. */
class PlanMergeTest {

	@TempDir
	Path folder;
	private Versions v;

	@BeforeEach
	void versions() throws Exception {
		v = Versions.of(folder, Plans.plan());
	}

	// ------------------------------------------------------------------ attributes

	@Test
	void attributeChangesOfBothSidesGoIn() throws Exception {
		v.<Task>ours("t1").setEffort(20);
		v.<Task>theirs("t1").setProgress(50);
		v.<Task>theirs("t2").setEffort(7);
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals(20, merged.<Task>get("t1").getEffort());
		assertEquals(50, merged.<Task>get("t1").getProgress());
		assertEquals(7, merged.<Task>get("t2").getEffort());
	}

	@Test
	void theSameAttributeSetDifferentlyIsAConflictThatKeepsOurs() throws Exception {
		v.<Task>ours("t1").setEffort(20);
		v.<Task>theirs("t1").setEffort(30);
		Versions.Merged merged = v.merge();
		Conflict conflict = single(merged, ConflictKind.CHANGED_BOTH, "t1");
		assertEquals(List.of("10.0", "20.0", "30.0"), List.of(conflict.base(), conflict.ours(), conflict.theirs()));
		assertTrue(conflict.message().contains("Aufgabe t1") && conflict.message().contains("20.0") && conflict.message().contains("30.0"),
				conflict.message());
		assertEquals(20, merged.<Task>get("t1").getEffort());
	}

	@Test
	void identicalChangesOnBothSidesAreNoConflict() throws Exception {
		for (Versions.Side side : v.sides()) {
			side.<Task>get("t1").setEffort(42);
			side.<ImplementationPlan>get("plan").getName().setText("en", "Plan");
			EcoreUtil.delete(side.get("t3"), true);
			side.<WorkPackage>get("wp3").getChildren().add(side.<Task>get("t4"));
		}
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals(42, merged.<Task>get("t1").getEffort());
		assertEquals("Plan", merged.<ImplementationPlan>get("plan").getName().getText("en"));
		assertNull(merged.get("t3"));
		assertEquals("wp3", ((Identified) merged.<Task>get("t4").eContainer()).getId());
	}

	// ------------------------------------------------------------------ references

	@Test
	void referenceChangesOfBothSidesGoIn() throws Exception {
		v.<Dependency>ours("d1").setPredecessor(v.ours("t3"));
		v.<Dependency>theirs("d1").setLagDays(5);
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals("t3", merged.<Dependency>get("d1").getPredecessor().getId());
		assertEquals(5, merged.<Dependency>get("d1").getLagDays());
	}

	@Test
	void theSameReferenceSetDifferentlyIsAConflictThatKeepsOurs() throws Exception {
		v.<Dependency>ours("d1").setPredecessor(v.ours("t3"));
		v.<Dependency>theirs("d1").setPredecessor(v.theirs("m1"));
		Versions.Merged merged = v.merge();
		Conflict conflict = single(merged, ConflictKind.CHANGED_BOTH, "d1");
		assertEquals("Aufgabe t3", conflict.ours());
		assertEquals("Meilenstein 1", conflict.theirs());
		assertEquals("t3", merged.<Dependency>get("d1").getPredecessor().getId());
	}

	@Test
	void aReferenceToAnElementTheOtherSideDeletedIsAConflictAndRemoved() throws Exception {
		Dependency added = TandemFactory.eINSTANCE.createDependency();
		added.setId("d2");
		added.setPredecessor(v.ours("t3"));
		added.setSuccessor(v.ours("t4"));
		v.<ImplementationPlan>ours("plan").getDependencies().add(added);
		EcoreUtil.delete(v.theirs("t4"), true);
		Versions.Merged merged = v.merge();
		Conflict conflict = single(merged, ConflictKind.REFERENCE_TO_DELETED, "d2");
		assertEquals("Aufgabe t4", conflict.ours());
		assertNull(merged.get("t4"));
		assertEquals("t3", merged.<Dependency>get("d2").getPredecessor().getId());
		assertNull(merged.<Dependency>get("d2").getSuccessor());
	}

	@Test
	void aDeleteOnOneSideAndEditsElsewhereMergeCleanly() throws Exception {
		EcoreUtil.delete(v.ours("t2"), true);
		v.<Task>theirs("t4").setEffort(99);
		v.<Dependency>theirs("d1").setLagDays(3);
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertNull(merged.get("t2"));
		assertNull(merged.<Dependency>get("d1").getSuccessor(), "our delete took the reference with it");
		assertEquals(3, merged.<Dependency>get("d1").getLagDays());
		assertEquals(99, merged.<Task>get("t4").getEffort());
	}

	// ------------------------------------------------------------------ ordered lists

	@Test
	void aReorderOnOneSideAndAnAddOnTheOtherMerge() throws Exception {
		WorkPackage ours = v.ours("wp1");
		ours.getChildren().move(0, v.<Task>ours("t3"));
		Task added = Plans.task(v.theirs("wp1"), "t5");
		v.<WorkPackage>theirs("wp1").getChildren().move(1, added);
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals(List.of("t3", "t1", "t5", "t2", "m1"), ids(merged.<WorkPackage>get("wp1").getChildren()));
	}

	@Test
	void bothSidesReorderingDifferentlyIsAConflictThatKeepsOurOrder() throws Exception {
		v.<WorkPackage>ours("wp1").getChildren().move(0, v.<Task>ours("t3"));
		v.<WorkPackage>theirs("wp1").getChildren().move(3, v.<Task>theirs("t1"));
		Versions.Merged merged = v.merge();
		single(merged, ConflictKind.REORDERED_BOTH, "wp1");
		assertEquals(List.of("t3", "t1", "t2", "m1"), ids(merged.<WorkPackage>get("wp1").getChildren()));
	}

	// ------------------------------------------------------------------ adds and deletes

	@Test
	void addsOnBothSidesGoIn() throws Exception {
		Plans.task(v.ours("wp2"), "t5");
		Plans.task(v.theirs("wp2"), "t6");
		WorkPackage wp4 = TandemFactory.eINSTANCE.createWorkPackage();
		wp4.setId("wp4");
		v.<ImplementationPlan>theirs("plan").getItems().add(wp4);
		Plans.task(wp4, "t7");
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals(List.of("t4", "t5", "t6"), ids(merged.<WorkPackage>get("wp2").getChildren()));
		assertEquals(List.of("t7"), ids(merged.<WorkPackage>get("wp4").getChildren()));
	}

	@Test
	void anEditAgainstADeleteIsAConflictThatKeepsTheEditedElement() throws Exception {
		EcoreUtil.delete(v.ours("t3"), true);
		v.<Task>theirs("t3").setEffort(77);
		Versions.Merged merged = v.merge();
		single(merged, ConflictKind.DELETED_HERE_CHANGED_THERE, "t3");
		assertEquals(77, merged.<Task>get("t3").getEffort());
		assertEquals("wp1", ((Identified) merged.<Task>get("t3").eContainer()).getId());

		Versions.Merged swapped = v.mergeSwapped();
		single(swapped, ConflictKind.CHANGED_HERE_DELETED_THERE, "t3");
		assertEquals(77, swapped.<Task>get("t3").getEffort());
	}

	@Test
	void aDeletedContainerInWhichTheOtherSideEditedIsKeptWhole() throws Exception {
		EcoreUtil.delete(v.ours("wp1"), true);
		v.<Task>theirs("t2").getName().setText("de", "Aufgabe zwei");
		Versions.Merged merged = v.merge();
		single(merged, ConflictKind.DELETED_HERE_CHANGED_THERE, "wp1");
		assertEquals(List.of("t1", "t2", "t3", "m1"), ids(merged.<WorkPackage>get("wp1").getChildren()));
		assertEquals("Aufgabe zwei", merged.<Task>get("t2").getName().getText("de"));
		assertEquals("bl1", ((Identified) merged.<PlanItem>get("m1").getBaselineDates().get(0).getBaseline()).getId());
	}

	// ------------------------------------------------------------------ moves

	@Test
	void aMoveOnOneSideAndAnEditOnTheOtherMerge() throws Exception {
		v.<WorkPackage>ours("wp2").getChildren().add(v.<Task>ours("t3"));
		v.<Task>theirs("t3").getName().setText("de", "Verschobene Aufgabe");
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals(List.of("t4", "t3"), ids(merged.<WorkPackage>get("wp2").getChildren()));
		assertEquals(List.of("t1", "t2", "m1"), ids(merged.<WorkPackage>get("wp1").getChildren()));
		assertEquals("Verschobene Aufgabe", merged.<Task>get("t3").getName().getText("de"));
	}

	@Test
	void theSameElementMovedToTwoPlacesIsAConflictThatKeepsOurPlace() throws Exception {
		v.<WorkPackage>ours("wp2").getChildren().add(v.<Task>ours("t3"));
		v.<WorkPackage>theirs("wp3").getChildren().add(v.<Task>theirs("t3"));
		Versions.Merged merged = v.merge();
		Conflict conflict = single(merged, ConflictKind.MOVED_BOTH, "t3");
		assertTrue(conflict.ours().contains("Arbeitspaket wp2") && conflict.theirs().contains("Arbeitspaket wp3"), conflict.message());
		assertEquals("wp2", ((Identified) merged.<Task>get("t3").eContainer()).getId());
		assertEquals(List.of(), merged.<WorkPackage>get("wp3").getChildren());
	}

	@Test
	void aMoveIntoAContainerThatTheOtherSideDeletedKeepsTheContainer() throws Exception {
		v.<WorkPackage>ours("wp3").getChildren().add(v.<Task>ours("t4"));
		EcoreUtil.delete(v.theirs("wp3"), true);
		Versions.Merged merged = v.merge();
		single(merged, ConflictKind.CHANGED_HERE_DELETED_THERE, "wp3");
		assertEquals(List.of("t4"), ids(merged.<WorkPackage>get("wp3").getChildren()));
	}

	// ------------------------------------------------------------------ texts

	@Test
	void eachLanguageOfATextMergesOnItsOwn() throws Exception {
		v.<ImplementationPlan>ours("plan").getName().setText("de", "Wasserplan");
		v.<ImplementationPlan>theirs("plan").getName().setText("zh", "水资源计划");
		v.<ImplementationPlan>theirs("plan").getName().setText("en", "Water plan");
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		LocalizedText name = merged.<ImplementationPlan>get("plan").getName();
		assertEquals("Wasserplan", name.getText("de"));
		assertEquals("水资源计划", name.getText("zh"));
		assertEquals("Water plan", name.getText("en"));
		assertEquals(TranslationState.ORIGINAL, state(name, "de"));
		assertEquals(TranslationState.STALE, state(name, "zh"), "our new original makes their translation stale");
	}

	@Test
	void theSameLanguageChangedDifferentlyIsAConflictThatKeepsOurs() throws Exception {
		v.<ImplementationPlan>ours("plan").getName().setText("de", "Wasserplan");
		v.<ImplementationPlan>theirs("plan").getName().setText("de", "Plan Wasser");
		Versions.Merged merged = v.merge();
		Conflict conflict = single(merged, ConflictKind.CHANGED_BOTH, "plan");
		assertTrue(conflict.feature().contains("[de]"), conflict.feature());
		assertEquals(List.of("Plan", "Wasserplan", "Plan Wasser"), List.of(conflict.base(), conflict.ours(), conflict.theirs()));
		assertEquals("Wasserplan", merged.<ImplementationPlan>get("plan").getName().getText("de"));
	}

	@Test
	void aLongTextMergesLineByLine() throws Exception {
		v.<Risk>ours("r1").getDescription().setText("de", Plans.RISK_TEXT.replace("Erste", "First"));
		v.<Risk>theirs("r1").getDescription().setText("de", Plans.RISK_TEXT.replace("Vierte", "Fourth") + "Fünfte Zeile\n");
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals("First Zeile\nZweite Zeile\nDritte Zeile\nFourth Zeile\nFünfte Zeile\n",
				merged.<Risk>get("r1").getDescription().getText("de"));
	}

	@Test
	void aLongTextChangedInTheSameLineIsAConflictThatKeepsOurs() throws Exception {
		String ours = Plans.RISK_TEXT.replace("Zweite", "Second");
		v.<Risk>ours("r1").getDescription().setText("de", ours);
		v.<Risk>theirs("r1").getDescription().setText("de", Plans.RISK_TEXT.replace("Zweite", "2."));
		Versions.Merged merged = v.merge();
		single(merged, ConflictKind.CHANGED_BOTH, "r1");
		assertEquals(ours, merged.<Risk>get("r1").getDescription().getText("de"));
	}

	@Test
	void aLanguageRemovedOnOneSideAndChangedOnTheOtherIsKept() throws Exception {
		LocalizedText ours = v.<ImplementationPlan>ours("plan").getName();
		ours.getTranslations().remove(ours.getTranslations().get(1));
		v.<ImplementationPlan>theirs("plan").getName().setText("zh", "新计划");
		Versions.Merged merged = v.merge();
		single(merged, ConflictKind.CHANGED_BOTH, "plan");
		assertEquals("新计划", merged.<ImplementationPlan>get("plan").getName().getText("zh"));
	}

	// ------------------------------------------------------------------ the whole

	@Test
	void theMergeFindsTheSameConflictsWhicheverSideIsOurs() throws Exception {
		v.<Task>ours("t1").setEffort(20);
		v.<Task>theirs("t1").setEffort(30);
		EcoreUtil.delete(v.ours("t2"), true);
		v.<Task>theirs("t2").setProgress(10);
		v.<WorkPackage>ours("wp2").getChildren().add(v.<Task>ours("t3"));
		v.<WorkPackage>theirs("wp3").getChildren().add(v.<Task>theirs("t3"));
		v.<ImplementationPlan>ours("plan").getName().setText("de", "Wasserplan");
		v.<ImplementationPlan>theirs("plan").getName().setText("de", "Plan Wasser");
		Dependency added = TandemFactory.eINSTANCE.createDependency();
		added.setId("d2");
		added.setPredecessor(v.theirs("t4"));
		v.<ImplementationPlan>theirs("plan").getDependencies().add(added);
		EcoreUtil.delete(v.ours("t4"), true);

		List<String> found = describe(v.merge().conflicts(), false);
		assertEquals(5, found.size(), found.toString());
		assertEquals(found, describe(v.mergeSwapped().conflicts(), true));
	}

	@Test
	void aFileAddedOnBothSidesMergesAgainstAnEmptyBase() throws Exception {
		v.<Task>ours("t1").setEffort(20);
		v.<Task>theirs("t1").setEffort(30);
		v.<Task>theirs("t2").setEffort(7);
		v.base.getContents().clear();
		Versions.Merged merged = v.merge();
		assertEquals(List.of("CHANGED_BOTH t1", "CHANGED_BOTH t2"), merged.conflicts().stream().map(c -> c.kind() + " " + c.elementId()).toList(),
				"without a base, every difference is a conflict");
		assertEquals(20, merged.<Task>get("t1").getEffort());
		assertEquals(10, merged.<Task>get("t2").getEffort());
		assertEquals(List.of("t1", "t2", "t3", "m1"), ids(merged.<WorkPackage>get("wp1").getChildren()));
	}

	@Test
	void filesOfDifferentModelsAreRefused() throws Exception {
		Path other = Files.createDirectories(folder.resolve("other"));
		Versions partnership = Versions.of(other, Plans.partnership());
		MergeException refused = assertThrows(MergeException.class, () -> new ModelMerge().merge(v.base, v.ours, partnership.theirs,
				org.tandem.core.api.persistence.ModelFiles.newResource(org.tandem.core.api.workspace.ModelWorkspace.newResourceSet(), folder.resolve("x.tandem"))));
		assertTrue(refused.getMessage().contains("ours.tandem") && refused.getMessage().contains("theirs.tandem"), refused.getMessage());
	}

	/** Each conflict as kind, element and feature, with the kinds that name a side put as seen from ours. */
	private static List<String> describe(List<Conflict> conflicts, boolean swapped) {
		return conflicts.stream().map(c -> {
			ConflictKind kind = c.kind();
			if (swapped && kind == ConflictKind.CHANGED_HERE_DELETED_THERE) {
				kind = ConflictKind.DELETED_HERE_CHANGED_THERE;
			} else if (swapped && kind == ConflictKind.DELETED_HERE_CHANGED_THERE) {
				kind = ConflictKind.CHANGED_HERE_DELETED_THERE;
			}
			return kind + " " + c.elementId() + " " + c.feature();
		}).sorted().toList();
	}

	static Conflict single(Versions.Merged merged, ConflictKind kind, String id) {
		assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
		Conflict conflict = merged.conflicts().get(0);
		assertEquals(kind, conflict.kind(), conflict.message());
		assertEquals(id, conflict.elementId(), conflict.message());
		return conflict;
	}

	static List<String> ids(List<? extends Identified> elements) {
		return elements.stream().map(Identified::getId).toList();
	}

	private static TranslationState state(LocalizedText text, String language) {
		for (Translation translation : text.getTranslations()) {
			if (language.equals(translation.getLanguage())) {
				return translation.getState();
			}
		}
		return null;
	}
}
