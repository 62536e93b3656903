package org.tandem.ui.concept.internal;

import java.time.Instant;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.tandem.model.api.Comment;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ConceptStatus;
import org.tandem.model.api.Person;
import org.tandem.model.api.StatusChange;
import org.tandem.model.api.TandemFactory;

/**
 * The review workflow of a concept as undoable commands: submit a draft for review, approve it or
 * send it back, reopen an approved one for revision, each recorded as a {@link StatusChange} with who, when and why; and comments on
 * one section of the concept.
 */
final class ReviewCommands {

	/** A step of the workflow: from which status to which. */
	enum Step {
		SUBMIT(ConceptStatus.DRAFT, ConceptStatus.IN_REVIEW),
		APPROVE(ConceptStatus.IN_REVIEW, ConceptStatus.APPROVED),
		SEND_BACK(ConceptStatus.IN_REVIEW, ConceptStatus.DRAFT),
		REOPEN(ConceptStatus.APPROVED, ConceptStatus.DRAFT);

		final ConceptStatus from;
		final ConceptStatus to;

		Step(ConceptStatus from, ConceptStatus to) {
			this.from = from;
			this.to = to;
		}

		boolean appliesTo(Concept concept) {
			return concept.getStatus() == from;
		}

		/** Whether the one who takes the step reviews (and so becomes one of the concept's reviewers). */
		boolean reviews() {
			return this == APPROVE || this == SEND_BACK;
		}
	}

	private ReviewCommands() {
	}

	/** Takes {@code step} on {@code concept}, by {@code person} at {@code at}, with {@code note} (may be empty). */
	static Command take(Concept concept, Step step, Person person, Instant at, String note) {
		return new ChangeCommand(concept) {
			@Override
			protected boolean prepare() {
				return step.appliesTo(concept) && person != null;
			}

			@Override
			protected void doExecute() {
				StatusChange change = TandemFactory.eINSTANCE.createStatusChange();
				change.setFrom(concept.getStatus());
				change.setTo(step.to);
				change.setBy(person);
				change.setAt(at);
				change.setNote(note == null || note.isBlank() ? null : note.strip());
				concept.getStatusChanges().add(change);
				concept.setStatus(step.to);
				if (step.reviews() && !concept.getReviewers().contains(person)) {
					concept.getReviewers().add(person);
				}
			}
		};
	}

	/** Adds a comment by {@code author} on {@code section} (a feature name such as problem), written in {@code language}. */
	static Command comment(Concept concept, Person author, Instant at, String section, String language, String text) {
		return new ChangeCommand(concept) {
			@Override
			protected boolean prepare() {
				return author != null && text != null && !text.isBlank();
			}

			@Override
			protected void doExecute() {
				Comment comment = TandemFactory.eINSTANCE.createComment();
				comment.setAuthor(author);
				comment.setCreated(at);
				comment.setSection(section);
				comment.setLanguage(language);
				comment.setText(text.strip());
				concept.getComments().add(comment);
			}
		};
	}

	/** Marks {@code comment} resolved or open again. */
	static Command resolve(Comment comment, boolean resolved) {
		return new ChangeCommand(comment) {
			@Override
			protected boolean prepare() {
				return comment.isResolved() != resolved;
			}

			@Override
			protected void doExecute() {
				comment.setResolved(resolved);
			}
		};
	}
}
