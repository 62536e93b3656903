package org.tandem.ui.concept.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Comment;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ConceptStatus;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.StatusChange;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;
import org.tandem.ui.concept.internal.ReviewCommands.Step;
import org.tandem.ui.concept.internal.text.Languages;

/** The review workflow of the concept editor: who acts, send back, submit, approve, comment, undo. */
class ReviewWorkflowTest {

	private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");

	@TempDir
	Path folder;

	private EditorHarness harness;
	private Concept concept;
	private ConceptEditorPart editor;
	private ReviewSection review;

	@BeforeEach
	void open() throws Exception {
		ConceptPreferences.ofWorkspace().setActing(null);
		ConceptPreferences.ofWorkspace().setLanguages(Languages.ALL);
		harness = new EditorHarness(folder, 1300, 900);
		harness.context().set(Clock.class, Clock.fixed(NOW, ZoneOffset.UTC));
		concept = DemoConcepts.wasteHeat(harness.workspace());
		editor = harness.open(ConceptEditorPart.class, concept);
		review = editor.review();
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void nobodyActsUntilSomeoneIsChosen() {
		click(review.button(Step.APPROVE));
		assertEquals(ConceptStatus.IN_REVIEW, concept.getStatus());
		assertTrue(review.message().getText().contains("Acting as"), review.message().getText());
		assertFalse(review.button(Step.SUBMIT).getVisible(), "a concept in review cannot be submitted again");
	}

	@Test
	void sendBackSubmitAndApproveRecordWhoAndWhenAndAreUndoable() {
		Person zhang = actAs("张强");
		click(review.button(Step.SEND_BACK));
		assertEquals(ConceptStatus.IN_REVIEW, concept.getStatus(), "sending back needs a reason");
		assertTrue(review.message().getText().contains("Note"), review.message().getText());

		review.noteField().setText("Bitte die Erhebung 2024 einarbeiten");
		click(review.button(Step.SEND_BACK));
		assertEquals(ConceptStatus.DRAFT, concept.getStatus());
		StatusChange sentBack = last();
		assertEquals(zhang, sentBack.getBy());
		assertEquals(NOW, sentBack.getAt());
		assertEquals(ConceptStatus.IN_REVIEW, sentBack.getFrom());
		assertEquals("Bitte die Erhebung 2024 einarbeiten", sentBack.getNote());
		assertTrue(historyLines().get(historyLines().size() - 1).contains("张强 (Zhang Qiang)"), historyLines().toString());
		assertTrue(review.button(Step.SUBMIT).getVisible());

		Person becker = actAs("Jonas Becker");
		click(review.button(Step.SUBMIT));
		assertEquals(ConceptStatus.IN_REVIEW, concept.getStatus());
		assertEquals(becker, last().getBy());
		actAs("王芳");
		click(review.button(Step.APPROVE));
		assertEquals(ConceptStatus.APPROVED, concept.getStatus());
		assertTrue(concept.getReviewers().stream().anyMatch(p -> p.getNativeName().equals("王芳")), "who approves reviews");
		assertEquals(4, concept.getStatusChanges().size());
		assertTrue(review.button(Step.REOPEN).getVisible(), "an approved concept can be reopened for revision");
		assertFalse(review.button(Step.APPROVE).getVisible());

		editor.undo();
		editor.undo();
		editor.undo();
		Ui.settle();
		assertEquals(ConceptStatus.IN_REVIEW, concept.getStatus(), "each step is undone on its own");
		assertEquals(1, concept.getStatusChanges().size());
		assertEquals(1, historyLines().size());
	}

	@Test
	void theActingPersonIsKeptForTheWorkspace() {
		Person li = actAs("李伟");
		Partnership partnership = (Partnership) concept.eContainer().eContainer();
		assertEquals(li, ConceptPreferences.ofWorkspace().acting(partnership).orElseThrow());
		ConceptEditorPart again = harness.open(ConceptEditorPart.class, concept);
		assertEquals(again.review().acting().orElseThrow(), li, "another editor starts with the same person");
	}

	@Test
	void aCommentOnASectionNamesItsAuthorAndTime() {
		CommentsSection comments = editor.comments();
		comments.textField().setText("Bitte Zahlen für 2025 ergänzen.");
		assertFalse(comments.add(), "nobody is acting yet");
		assertTrue(comments.message().getText().contains("Acting as"));

		Person weber = actAs("Katrin Weber");
		comments.commentOn("objectives");
		assertEquals("Objectives", comments.sectionField().getText());
		comments.textField().setText("Bitte Zahlen für 2025 ergänzen.");
		assertTrue(comments.add());
		Comment comment = concept.getComments().get(concept.getComments().size() - 1);
		assertEquals(weber, comment.getAuthor());
		assertEquals(NOW, comment.getCreated());
		assertEquals("objectives", comment.getSection());
		assertEquals("Bitte Zahlen für 2025 ergänzen.", comment.getText());
		assertEquals("", comments.textField().getText());

		comments.textField().setText("  ");
		assertFalse(comments.add(), "an empty comment is refused");
		assertTrue(comments.message().getText().contains("comment field"), comments.message().getText());

		editor.reveal(comment);
		Button resolved = (Button) ((org.eclipse.swt.widgets.Composite) comments.rowOf(comment).orElseThrow()).getChildren()[1];
		click(resolved, true);
		assertTrue(comment.isResolved());
		editor.undo();
		editor.undo();
		Ui.settle();
		assertFalse(concept.getComments().contains(comment), "adding a comment is undoable");
	}

	private Person actAs(String nativeName) {
		List<Person> people = ((Partnership) concept.eContainer().eContainer()).getPeople();
		Person person = people.stream().filter(p -> p.getNativeName().equals(nativeName)).findFirst().orElseThrow();
		review.actingField().select(people.indexOf(person));
		review.actingField().notifyListeners(SWT.Selection, null);
		return person;
	}

	private StatusChange last() {
		return concept.getStatusChanges().get(concept.getStatusChanges().size() - 1);
	}

	private List<String> historyLines() {
		Ui.settle();
		return java.util.Arrays.stream(review.history().getChildren()).map(c -> ((Label) c).getText()).toList();
	}

	private static void click(Button button) {
		button.notifyListeners(SWT.Selection, null);
		Ui.settle();
	}

	private static void click(Button check, boolean selected) {
		check.setSelection(selected);
		click(check);
	}
}
