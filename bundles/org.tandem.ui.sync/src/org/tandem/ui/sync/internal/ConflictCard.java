package org.tandem.ui.sync.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tandem.sync.api.git.PendingConflict;
import org.tandem.sync.api.merge.Conflict;

/**
 * One conflict as a card: the element and feature, mine, theirs and the base with who changed each
 * side last and when, and the buttons that decide it (Keep mine, Take theirs, Edit: an inline text
 * for a value, else the element's editor). Once decided the card says how and its buttons go.
 */
final class ConflictCard {

	/** What the card asks of the part when a button is pressed. */
	interface Decisions {
		void keepMine(ConflictCard card);

		void takeTheirs(ConflictCard card);

		/** Applies a typed value; returns a message naming the problem, or null when it was applied. */
		String apply(ConflictCard card, String typed);

		void open(ConflictCard card);
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());

	private final PendingConflict pending;
	private final Composite card;
	private final Composite actions;
	private final Label outcome;
	private boolean decided;

	ConflictCard(Composite parent, PendingConflict pending, boolean canTakeTheirs, boolean canEdit, Decisions decisions) {
		this.pending = pending;
		Conflict conflict = pending.conflict();
		card = new Composite(parent, SWT.BORDER);
		card.setData("org.eclipse.e4.ui.css.CssClassName", "ConflictCard"); //$NON-NLS-1$ //$NON-NLS-2$
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 8).applyTo(card);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(card);
		Label title = new Label(card, SWT.WRAP);
		title.setText(conflict.feature().isEmpty() ? conflict.elementLabel() : NLS.bind(Messages.card_title, conflict.elementLabel(), conflict.feature()));
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(title);
		Label what = new Label(card, SWT.WRAP);
		what.setText(NLS.bind(Messages.card_file, pending.path(), kind(conflict)));
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(what);
		row(Messages.card_mine, conflict.ours(), NLS.bind(Messages.card_byWhen, pending.mine().author(), WHEN.format(pending.mine().when())));
		row(Messages.card_theirs, conflict.theirs(), NLS.bind(Messages.card_byWhen, pending.theirs().author(), WHEN.format(pending.theirs().when())));
		row(Messages.card_base, conflict.base(), ""); //$NON-NLS-1$
		actions = new Composite(card, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(actions);
		button(Messages.card_keepMine, true, () -> decisions.keepMine(this));
		button(Messages.card_takeTheirs, canTakeTheirs, () -> decisions.takeTheirs(this));
		if (canEdit) {
			Text value = new Text(actions, SWT.BORDER);
			value.setText(conflict.ours());
			GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(value);
			Label problem = new Label(card, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).span(3, 1).exclude(true).applyTo(problem);
			button(Messages.card_apply, true, () -> {
				String message = decisions.apply(this, value.getText());
				problem.setText(message == null ? "" : message); //$NON-NLS-1$
				((GridData) problem.getLayoutData()).exclude = message == null;
				problem.setVisible(message != null);
				card.getParent().layout(true, true);
			});
		} else {
			button(Messages.card_edit, true, () -> decisions.open(this));
		}
		outcome = new Label(card, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(outcome);
	}

	private void row(String label, String value, String who) {
		Label name = new Label(card, SWT.NONE);
		name.setText(label);
		Label text = new Label(card, SWT.WRAP);
		text.setText(value == null || value.isEmpty() ? Messages.card_empty : value);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		Label by = new Label(card, SWT.NONE);
		by.setText(who);
	}

	private void button(String label, boolean enabled, Runnable action) {
		Button button = new Button(actions, SWT.PUSH);
		button.setText(label);
		button.setEnabled(enabled);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private static String kind(Conflict conflict) {
		return switch (conflict.kind()) {
		case CHANGED_BOTH -> Messages.kind_changedBoth;
		case CHANGED_HERE_DELETED_THERE -> Messages.kind_deletedThere;
		case DELETED_HERE_CHANGED_THERE -> Messages.kind_deletedHere;
		case REFERENCE_TO_DELETED -> Messages.kind_referenceToDeleted;
		case MOVED_BOTH -> Messages.kind_movedBoth;
		case REORDERED_BOTH -> Messages.kind_reorderedBoth;
		};
	}

	/**
	 * Marks the card decided, saying how; its buttons go once the click that decided it is over (a
	 * button disposed inside its own click leaves GTK's pointer grab behind, and the next click on
	 * another button is lost).
	 */
	void decided(String how) {
		decided = true;
		outcome.setText(how);
		actions.setEnabled(false);
		card.getDisplay().asyncExec(() -> {
			if (!actions.isDisposed()) {
				actions.dispose();
				card.getParent().layout(true, true);
			}
		});
	}

	boolean isDecided() {
		return decided;
	}

	PendingConflict pending() {
		return pending;
	}

	Composite control() {
		return card;
	}
}
