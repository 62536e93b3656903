package org.tandem.ui.concept.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ConceptStatus;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.StatusChange;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.concept.internal.ReviewCommands.Step;

/**
 * The review bar of a concept: its status, who is acting (a per-workspace choice among the
 * partnership's people), a note, the steps that the status allows (submit, approve, send back) and
 * the history of status changes with who and when.
 */
final class ReviewSection {

	private final Concept concept;
	private final ModelEditing editing;
	private final ConceptPreferences preferences;
	private final Clock clock;
	private final Partnership partnership;
	private final Label status;
	private final Combo acting;
	private final Text note;
	private final Map<Step, Button> steps = new EnumMap<>(Step.class);
	private final Label message;
	private final Composite history;

	ReviewSection(Composite parent, Concept concept, ModelEditing editing, ConceptPreferences preferences, Clock clock) {
		this.concept = concept;
		this.editing = editing;
		this.preferences = preferences;
		this.clock = clock;
		this.partnership = People.partnershipOf(concept);
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.review_title);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().indent(0, 12).applyTo(title);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.review_status);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		new Label(bar, SWT.NONE).setText(Messages.review_acting);
		acting = new Combo(bar, SWT.READ_ONLY);
		acting.setToolTipText(Messages.review_acting_tooltip);
		List<Person> people = people();
		people.forEach(person -> acting.add(People.name(person)));
		preferences.acting(partnership).ifPresent(person -> acting.select(people.indexOf(person)));
		acting.addListener(SWT.Selection, e -> {
			preferences.setActing(people.get(acting.getSelectionIndex()));
			clearMessage();
		});
		new Label(bar, SWT.NONE).setText(Messages.review_note);
		note = new Text(bar, SWT.BORDER);
		note.setMessage(Messages.review_note_hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(note);
		new Label(bar, SWT.NONE);
		Composite buttons = new Composite(bar, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(Step.values().length).applyTo(buttons);
		for (Step step : Step.values()) {
			Button button = new Button(buttons, SWT.PUSH);
			button.setText(label(step));
			button.addListener(SWT.Selection, e -> take(step));
			GridDataFactory.swtDefaults().applyTo(button);
			steps.put(step, button);
		}
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(0, SWT.DEFAULT).applyTo(message);
		history = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(history);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(history);
		refresh();
	}

	private List<Person> people() {
		return partnership == null ? List.of() : List.copyOf(partnership.getPeople());
	}

	/** The person acting, as chosen in the "acting as" field. */
	Optional<Person> acting() {
		int index = acting.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(people().get(index));
	}

	/**
	 * Takes {@code step}, by the person acting with the note written; says what is missing instead
	 * when nobody is acting, or when a concept is sent back without a reason.
	 */
	boolean take(Step step) {
		Optional<Person> person = acting();
		if (person.isEmpty()) {
			return complain(Messages.review_missing_acting);
		}
		if (step == Step.SEND_BACK && note.getText().isBlank()) {
			note.setFocus();
			return complain(Messages.review_missing_note);
		}
		if (!editing.execute(concept, ReviewCommands.take(concept, step, person.get(), clock.instant(), note.getText()))) {
			return complain(NLS.bind(Messages.review_not_now, statusLabel(concept.getStatus())));
		}
		note.setText(""); //$NON-NLS-1$
		clearMessage();
		refresh();
		keepFocus();
		return true;
	}

	/** The button pressed may be gone: the focus moves to the next step there is, else to the note, so that keys keep working. */
	private void keepFocus() {
		steps.values().stream().filter(Button::getVisible).findFirst().map(Button::setFocus).filter(Boolean::booleanValue)
				.orElseGet(note::setFocus);
	}

	private void clearMessage() {
		message.setText(""); //$NON-NLS-1$
	}

	boolean complain(String text) {
		message.setText(text);
		message.getParent().layout(true, true);
		return false;
	}

	void refresh() {
		status.setText(statusLabel(concept.getStatus()));
		steps.forEach((step, button) -> {
			button.setEnabled(step.appliesTo(concept));
			button.setVisible(step.appliesTo(concept));
			((GridData) button.getLayoutData()).exclude = !step.appliesTo(concept);
		});
		for (var child : history.getChildren()) {
			child.dispose();
		}
		for (StatusChange change : concept.getStatusChanges()) {
			Label line = new Label(history, SWT.WRAP);
			line.setText(describe(change));
			GridDataFactory.fillDefaults().grab(true, false).hint(0, SWT.DEFAULT).applyTo(line);
		}
		status.getParent().layout(true, true);
	}

	static String describe(StatusChange change) {
		String line = NLS.bind(Messages.review_change, new Object[] { People.time(change.getAt()), People.name(change.getBy()),
				statusLabel(change.getFrom()), statusLabel(change.getTo()) });
		return change.getNote() == null || change.getNote().isBlank() ? line : NLS.bind(Messages.review_change_note, line, change.getNote());
	}

	static String statusLabel(ConceptStatus status) {
		return switch (status) {
		case DRAFT -> Messages.status_draft;
		case IN_REVIEW -> Messages.status_inReview;
		case APPROVED -> Messages.status_approved;
		case SUPERSEDED -> Messages.status_superseded;
		};
	}

	private static String label(Step step) {
		return switch (step) {
		case SUBMIT -> Messages.review_submit;
		case APPROVE -> Messages.review_approve;
		case SEND_BACK -> Messages.review_sendBack;
		case REOPEN -> Messages.review_reopen;
		};
	}

	Button button(Step step) {
		return steps.get(step);
	}

	Combo actingField() {
		return acting;
	}

	Text noteField() {
		return note;
	}

	Label message() {
		return message;
	}

	Composite history() {
		return history;
	}
}
