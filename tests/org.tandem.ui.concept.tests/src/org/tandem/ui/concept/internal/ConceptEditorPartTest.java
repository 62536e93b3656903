package org.tandem.ui.concept.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Concept;
import org.tandem.model.api.Measure;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.TranslationState;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;
import org.tandem.ui.concept.internal.text.Languages;
import org.tandem.ui.concept.internal.text.MultilingualText;

/** The concept editor on the demo workspace, driven through its real widgets. */
class ConceptEditorPartTest {

	@TempDir
	Path folder;

	private EditorHarness harness;
	private Concept concept;
	private ConceptEditorPart editor;

	@BeforeEach
	void open() throws Exception {
		ConceptPreferences.ofWorkspace().setActing(null);
		ConceptPreferences.ofWorkspace().setLanguages(Languages.ALL);
		harness = new EditorHarness(folder, 1300, 900);
		concept = DemoConcepts.wasteHeat(harness.workspace());
		editor = harness.open(ConceptEditorPart.class, concept);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void editUndoRedoSaveAndFindTheEditAfterReopening() throws Exception {
		MultilingualText problem = editor.field(TandemPackage.Literals.CONCEPT__PROBLEM);
		String before = concept.getProblem().getText("zh");
		StyledText chinese = problem.getText("zh");
		assertEquals(before, chinese.getText(), "the field shows the model");

		chinese.setText("园区余热尚未利用。");
		assertTrue(problem.hasPendingEdit());
		assertTrue(editor.fields().commit(), "the edit is written when the field commits");
		assertEquals("园区余热尚未利用。", concept.getProblem().getText("zh"));
		assertEquals(TranslationState.DRAFT, problem.getBadge("zh").getState(), "an edited translation is a draft");
		assertTrue(harness.part(editor).isDirty(), "the tab shows the unsaved edit");

		editor.undo();
		Ui.settle();
		assertEquals(before, concept.getProblem().getText("zh"));
		assertEquals(before, chinese.getText(), "undo shows in the widget");
		editor.redo();
		Ui.settle();
		assertEquals("园区余热尚未利用。", chinese.getText(), "redo shows in the widget");

		editor.save();
		assertFalse(harness.editing().isDirty(concept.eResource()));
		assertFalse(harness.part(editor).isDirty());
		Concept reopened = DemoConcepts.byId(harness.reopen(), concept.getId());
		assertEquals("园区余热尚未利用。", reopened.getProblem().getText("zh"));
	}

	@Test
	void typingThatWaitsForAPauseIsWrittenBeforeQuitOrSaveAllLookForUnsavedFiles() {
		MultilingualText objectives = editor.field(TandemPackage.Literals.CONCEPT__OBJECTIVES);
		StyledText english = objectives.getText("en");
		String before = concept.getObjectives().getText("en");
		focus(english);
		english.setCaretOffset(english.getCharCount());
		Ui.type(" Now");
		assertTrue(objectives.hasPendingEdit());
		assertFalse(harness.editing().isDirty(concept.eResource()), "nothing written yet");
		harness.editing().commitPending();
		assertEquals(before + " Now", concept.getObjectives().getText("en"));
		assertEquals(List.of(concept.eResource()), harness.editing().dirty(), "the file counts as unsaved");
	}

	@Test
	void typingIsOneEditPerPauseAndUndoTakesTheLastWordsToo() {
		MultilingualText objectives = editor.field(TandemPackage.Literals.CONCEPT__OBJECTIVES);
		StyledText english = objectives.getText("en");
		String before = concept.getObjectives().getText("en");
		focus(english);
		english.setCaretOffset(english.getCharCount());
		Ui.type(" Soon");
		assertEquals(before, concept.getObjectives().getText("en"), "nothing is written while the person types");
		Ui.waitUntil(() -> concept.getObjectives().getText("en").endsWith(" Soon"), 5, "the pause commits the typing");
		assertEquals(1, undoCount(), "five keystrokes are one edit");

		Ui.type("!");
		EditorCommand undo = new EditorCommand.Undo();
		assertTrue(undo.canExecute(harness.part(editor)), "undo is on while a field has unwritten typing");
		undo.execute(harness.part(editor));
		assertEquals(before + " Soon", concept.getObjectives().getText("en"), "undo writes the typing and takes it back");
		assertEquals(before + " Soon", english.getText());
	}

	@Test
	void aStaleBadgeAppearsAfterTheOriginalChanges() {
		MultilingualText objectives = editor.field(TandemPackage.Literals.CONCEPT__OBJECTIVES);
		assertEquals(TranslationState.ORIGINAL, objectives.getBadge("de").getState());
		assertEquals(TranslationState.REVIEWED, objectives.getBadge("zh").getState());
		assertFalse(objectives.getReviewButton("de").getVisible(), "the original has no review button");

		StyledText german = objectives.getText("de");
		focus(german);
		german.setCaretOffset(german.getCharCount());
		Ui.type(" Neu");
		focus(objectives.getText("zh"));
		assertTrue(concept.getObjectives().getText("de").endsWith(" Neu"), "leaving the field writes the typing");
		assertEquals(TranslationState.STALE, objectives.getBadge("zh").getState());
		assertEquals("stale", objectives.getBadge("zh").getText());
		assertEquals(TranslationState.STALE, objectives.getBadge("en").getState());

		Button review = objectives.getReviewButton("zh");
		activate();
		Ui.waitUntil(review::isVisible, 5, "the button that marks the Chinese translation reviewed");
		assertTrue(review.isEnabled(), "a stale translation can be marked reviewed");
		Ui.click(review, 5, 5);
		Ui.waitUntil(() -> objectives.getBadge("zh").getState() == TranslationState.REVIEWED, 5, "the click to mark it reviewed");
		assertEquals(TranslationState.REVIEWED, concept.getObjectives().getTranslations().stream()
				.filter(t -> t.getLanguage().equals("zh")).findFirst().orElseThrow().getState());
		assertEquals(TranslationState.REVIEWED, objectives.getBadge("zh").getState());
		assertFalse(review.isEnabled());

		editor.undo();
		Ui.settle();
		assertEquals(TranslationState.STALE, objectives.getBadge("zh").getState(), "marking reviewed is undoable");
	}

	@Test
	void measuresAreAddedAndRemovedUndoably() {
		List<Measure> before = List.copyOf(concept.getMeasures());
		Button add = editor.measures().addButton();
		activate();
		Ui.click(add, 5, 5);
		assertEquals(3, concept.getMeasures().size());
		Measure added = concept.getMeasures().get(2);
		MeasuresSection.Block block = editor.measures().blockOf(added).orElseThrow();
		assertEquals(block.name().getText("de"), Ui.display().getFocusControl(), "the cursor goes to the new measure's name");
		block.name().getText("de").setText("Wärmepumpen");
		editor.fields().commit();
		assertEquals("Wärmepumpen", added.getName().getText("de"));

		Ui.click(editor.measures().blockOf(before.get(0)).orElseThrow().remove(), 5, 5);
		assertEquals(List.of(before.get(1), added), concept.getMeasures());
		assertEquals(List.of(before.get(1), added), editor.measures().shown());

		editor.undo();
		Ui.settle();
		assertEquals(List.of(before.get(0), before.get(1), added), editor.measures().shown(), "undo brings the measure back");
		editor.undo();
		editor.undo();
		Ui.settle();
		assertEquals(before, editor.measures().shown());
		editor.redo();
		Ui.settle();
		assertEquals(3, editor.measures().shown().size());
	}

	@Test
	void revealScrollsToAMeasureAndPutsTheCursorIntoIt() {
		editor.scrolled().setSize(900, 300);
		Measure pilot = concept.getMeasures().get(1);
		editor.reveal(pilot);
		Ui.settle();
		MeasuresSection.Block block = editor.measures().blockOf(pilot).orElseThrow();
		assertEquals(block.name().getText("de"), Ui.display().getFocusControl());
		assertNotEquals(0, editor.scrolled().getOrigin().y, "scrolled down to the measure");
	}

	@Test
	void theReaderPicksTwoOrThreeColumns() {
		LanguageBar bar = editor.languageBar();
		bar.box("en").setSelection(false);
		bar.box("en").notifyListeners(SWT.Selection, null);
		assertEquals(List.of("de", "zh"), editor.field(TandemPackage.Literals.CONCEPT__PROBLEM).getLanguages());
		assertFalse(bar.box("de").isEnabled(), "two columns stay at least");
		assertEquals(List.of("de", "zh"), ConceptPreferences.ofWorkspace().languages(), "the choice is kept");
	}

	@Test
	void glossaryTermsAreUnderlinedAndNameTheirTranslations() {
		MultilingualText objectives = editor.field(TandemPackage.Literals.CONCEPT__OBJECTIVES);
		String chinese = concept.getObjectives().getText("zh");
		var match = objectives.getTerms("zh").stream().filter(m -> chinese.substring(m.start(), m.start() + m.length()).equals("余热"))
				.findFirst().orElseThrow();
		String tooltip = objectives.describeTerm("zh", match);
		assertTrue(tooltip.contains("Abwärme") && tooltip.contains("waste heat"), tooltip);
		var range = objectives.getText("zh").getStyleRangeAtOffset(match.start());
		assertTrue(range != null && range.underline, "the term is underlined");
		assertTrue(objectives.getTerms("de").stream().anyMatch(m -> m.length() == "Abwärme".length()), "Abwärmekataster holds the German term");
	}

	@Test
	void aNewEmptyConceptIsWrittenFromScratch() {
		Concept fresh = TandemFactory.eINSTANCE.createConcept();
		((TaskGroup) concept.eContainer()).getConcepts().add(fresh);
		ConceptEditorPart blank = harness.open(ConceptEditorPart.class, fresh);
		assertEquals("Concept without a title", harness.part(blank).getLabel());
		MultilingualText title = blank.field(TandemPackage.Literals.CONCEPT__TITLE);
		assertEquals(null, title.getBadge("de").getState(), "nothing written yet");
		title.getText("zh").setText("工业余热");
		blank.fields().commit();
		assertEquals(TranslationState.ORIGINAL, title.getBadge("zh").getState(), "the first language written is the original");
		assertEquals("工业余热", fresh.getTitle().getText("zh"));
		assertEquals("工业余热", harness.part(blank).getLabel(), "the tab shows the original where the reader's language is missing");
		assertTrue(blank.review().button(ReviewCommands.Step.SUBMIT).getVisible(), "a new concept is a draft");
	}

	@Test
	void theFocusedMeasureOrTheConceptIsSelected() {
		AtomicReference<Object> selected = new AtomicReference<>();
		harness.context().set(ESelectionService.class, (ESelectionService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ESelectionService.class }, (proxy, method, args) -> {
					if (method.getName().equals("setSelection")) {
						selected.set(args[0]);
					}
					return null;
				}));
		ConceptEditorPart second = harness.open(ConceptEditorPart.class, concept);
		Measure pilot = concept.getMeasures().get(1);
		focus(second.measures().blockOf(pilot).orElseThrow().description().getText("en"));
		assertEquals(pilot, selected.get(), "Save, Undo and Redo act on the measure's file");
		focus(second.field(TandemPackage.Literals.CONCEPT__PROBLEM).getText("zh"));
		assertEquals(concept, selected.get());
	}

	private int undoCount() {
		var stack = harness.editing().stackFor(concept).orElseThrow();
		int count = 0;
		while (stack.canUndo()) {
			stack.undo();
			count++;
		}
		for (int i = 0; i < count; i++) {
			stack.redo();
		}
		Ui.settle();
		return count;
	}

	/** Brings the test's shell to the front, so that posted mouse clicks land in it. */
	private void activate() {
		harness.shell().forceActive();
		Ui.waitUntil(() -> Ui.display().getActiveShell() == harness.shell(), 5, "the editor's shell to be active");
		Ui.settle();
	}

	private static void focus(StyledText text) {
		text.getShell().forceActive();
		assertTrue(text.forceFocus(), "the field takes the focus");
		Ui.settle();
	}
}
