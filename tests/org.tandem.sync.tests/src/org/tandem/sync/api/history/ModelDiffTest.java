package org.tandem.sync.api.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.TranslationState;
import org.tandem.model.api.WorkPackage;
import org.tandem.sync.api.history.ModelChange.Kind;

/** The changes between two small hand-made versions of a plan, and how they read. */
class ModelDiffTest {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	@TempDir
	Path folder;

	@Test
	void aChangedDateReadsAsWhoChangedWhatFromWhatToWhat() throws Exception {
		ImplementationPlan before = plan();
		ImplementationPlan after = EcoreUtil.copy(before);
		((Milestone) find(after, "m3")).setPlanned(LocalDate.of(2027, 5, 1));
		List<ModelChange> changes = compare(before, after);
		assertEquals(1, changes.size(), changes.toString());
		ModelChange change = changes.get(0);
		assertEquals(Kind.CHANGED, change.kind());
		assertEquals("planned", change.featureName());
		assertEquals("Li Wei changed \u201cPlanned\u201d of Milestone \u201cM3 Treatment plant\u201d from 2027-03-01 to 2027-05-01", change.sentence("Li Wei"));
		assertTrue(change.concerns("m3") && change.concerns("wp1") && change.concerns("plan"), change.holders().toString());
	}

	@Test
	void anAddedOrDeletedElementIsOneChangeNotOneForEachThatItHolds() throws Exception {
		ImplementationPlan before = plan();
		ImplementationPlan after = EcoreUtil.copy(before);
		EcoreUtil.delete(find(after, "wp1"));
		WorkPackage added = F.createWorkPackage();
		added.setId("wp2");
		added.setName(text("Monitoring"));
		Task task = F.createTask();
		task.setId("t9");
		added.getChildren().add(task);
		after.getItems().add(added);
		List<ModelChange> changes = compare(before, after);
		assertEquals(List.of(Kind.ADDED, Kind.DELETED), changes.stream().map(ModelChange::kind).toList(), changes.toString());
		assertEquals("Anna added Work Package \u201cMonitoring\u201d to \u201cWater 2024\u20132028\u201d", changes.get(0).sentence("Anna"));
		assertEquals("Anna deleted Work Package \u201cWP 1 Treatment\u201d", changes.get(1).sentence("Anna"));
	}

	@Test
	void aMoveSaysFromWhereToWhere() throws Exception {
		ImplementationPlan before = plan();
		WorkPackage wp2 = F.createWorkPackage();
		wp2.setId("wp2");
		wp2.setName(text("WP 2 Monitoring"));
		before.getItems().add(wp2);
		ImplementationPlan after = EcoreUtil.copy(before);
		((WorkPackage) find(after, "wp2")).getChildren().add((Milestone) find(after, "m3"));
		List<ModelChange> changes = compare(before, after);
		assertEquals(1, changes.size(), changes.toString());
		assertEquals("Wang Fang moved Milestone \u201cM3 Treatment plant\u201d from \u201cWP 1 Treatment\u201d to \u201cWP 2 Monitoring\u201d",
				changes.get(0).sentence("Wang Fang"));
	}

	@Test
	void eachLanguageOfATextIsItsOwnChangeAndAReviewIsNamed() throws Exception {
		ImplementationPlan before = plan();
		WorkPackage wp1 = (WorkPackage) find(before, "wp1");
		wp1.getDescription().setText("de", "Kurz");
		ImplementationPlan after = EcoreUtil.copy(before);
		((WorkPackage) find(after, "wp1")).getDescription().setText("en", "Short and clear");
		((WorkPackage) find(after, "wp1")).getDescription().getTranslations().stream().filter(t -> t.getLanguage().equals("de")).findFirst().orElseThrow()
				.setState(TranslationState.REVIEWED);
		List<ModelChange> changes = compare(before, after);
		assertEquals(List.of(Kind.TEXT_STATE, Kind.TEXT), changes.stream().map(ModelChange::kind).toList(), "in the order of the languages: " + changes);
		assertEquals("en", changes.get(1).language());
		assertEquals("Li Wei wrote the English text of \u201cDescription\u201d of Work Package \u201cWP 1 Treatment\u201d:"
				+ " \u201cShort and clear\u201d", changes.get(1).sentence("Li Wei"));
		String review = changes.get(0).sentence("Li Wei");
		assertTrue(review.startsWith("Li Wei marked the German text of \u201cDescription\u201d") && review.contains(" as Reviewed (was "), review);

		ImplementationPlan edited = EcoreUtil.copy(after);
		((WorkPackage) find(edited, "wp1")).getDescription().setText("en", "Short, clear and agreed");
		assertEquals("Li Wei changed the English text of \u201cDescription\u201d of Work Package \u201cWP 1 Treatment\u201d"
				+ " from \u201cShort and clear\u201d to \u201cShort, clear and agreed\u201d", compare(after, edited).get(0).sentence("Li Wei"));
	}

	@Test
	void identicalVersionsHaveNoChange() throws Exception {
		ImplementationPlan before = plan();
		assertEquals(List.of(), compare(before, EcoreUtil.copy(before)));
	}

	private List<ModelChange> compare(ImplementationPlan before, ImplementationPlan after) throws Exception {
		return new ModelDiff().compare(saved("before", before), saved("after", after));
	}

	/** The plan saved and read back, as versions of a file are. */
	private Resource saved(String name, ImplementationPlan plan) throws Exception {
		Path file = folder.resolve(name + ".tandem");
		XMLResource resource = ModelFiles.newResource(ModelWorkspace.newResourceSet(), file);
		resource.getContents().add(plan);
		new ModelFiles().save(resource, file);
		return new ModelFiles().load(ModelWorkspace.newResourceSet(), file);
	}

	/** A plan "Water 2024–2028" with work package wp1 holding milestone m3, planned on 2027-03-01. */
	static ImplementationPlan plan() {
		ImplementationPlan plan = F.createImplementationPlan();
		plan.setId("plan");
		plan.setName(text("Water 2024\u20132028"));
		WorkPackage wp1 = F.createWorkPackage();
		wp1.setId("wp1");
		wp1.setName(text("WP 1 Treatment"));
		wp1.setDescription(F.createLocalizedText());
		plan.getItems().add(wp1);
		Milestone m3 = F.createMilestone();
		m3.setId("m3");
		m3.setName(text("M3 Treatment plant"));
		m3.setPlanned(LocalDate.of(2027, 3, 1));
		wp1.getChildren().add(m3);
		return plan;
	}

	static org.eclipse.emf.ecore.EObject find(ImplementationPlan plan, String id) {
		return plan.eResource() != null ? plan.eResource().getEObject(id)
				: java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(plan.eAllContents(), 0), false)
						.filter(e -> e instanceof org.tandem.model.api.Identified i && id.equals(i.getId())).findFirst().orElseThrow();
	}

	private static LocalizedText text(String english) {
		LocalizedText text = F.createLocalizedText();
		text.setText("en", english);
		return text;
	}
}
