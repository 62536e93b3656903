package org.tandem.ui.concept.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.model.api.LocalizedText;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * A text in several languages side by side, one column per chosen language, bound to a
 * {@link LocalizedText} feature of an element. Each column shows the translation's state as a
 * badge, offers to mark a translation reviewed, and underlines glossary terms (their tooltip names
 * the term in the other languages). Typing becomes one undoable edit per pause or focus change,
 * written with {@link TextCommands}, so the translation rules apply: a changed original makes the
 * others stale. {@link #refresh()} shows the model again (after undo, for example). It holds a
 * plain {@link Composite} ({@link #getControl()}) rather than being one, so that themes style it
 * like every other composite.
 */
public final class MultilingualText {

	private final Composite control;
	private final ModelEditing editing;
	private final Glossary glossary;
	private final List<LanguageColumn> columns = new ArrayList<>();
	private final List<Runnable> focusListeners = new ArrayList<>();
	private final List<Runnable> growListeners = new ArrayList<>();
	private EObject element;
	private EReference feature;
	private String label;

	public MultilingualText(Composite parent, ModelEditing editing, Glossary glossary) {
		control = new Composite(parent, SWT.NONE);
		this.editing = editing;
		this.glossary = glossary;
		GridLayoutFactory.fillDefaults().equalWidth(true).spacing(10, 0).applyTo(control);
		Runnable pending = this::commit;
		editing.addPendingEdits(pending);
		control.addListener(SWT.Dispose, e -> {
			commit();
			editing.removePendingEdits(pending);
		});
	}

	/** The composite that holds the columns, for layout data. */
	public Composite getControl() {
		return control;
	}

	public boolean isDisposed() {
		return control.isDisposed();
	}

	/** Shows one column for each of {@code languages}, in that order. */
	public void setLanguages(List<String> languages) {
		commit();
		columns.forEach(column -> column.control().dispose());
		columns.clear();
		for (String language : languages) {
			columns.add(new LanguageColumn(this, language));
		}
		GridLayoutFactory.fillDefaults().equalWidth(true).spacing(10, 0).numColumns(Math.max(1, languages.size())).applyTo(control);
		refresh();
	}

	/** The languages shown, in order. */
	public List<String> getLanguages() {
		return columns.stream().map(LanguageColumn::language).toList();
	}

	/** Binds the field to the text {@code feature} of {@code element}. */
	public void setInput(EObject element, EReference feature) {
		commit();
		this.element = element;
		this.feature = feature;
		refresh();
	}

	public EObject getElement() {
		return element;
	}

	/** What the field is, for screen readers (such as "Problem"). */
	public void setLabel(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	/** Shows the element's text again, except in a column where the person is still typing. */
	public void refresh() {
		for (LanguageColumn column : columns) {
			column.show(element == null ? null : TranslationCommands.find(element, feature, column.language()));
		}
	}

	/** Writes what the person typed and has not been written yet; true when there was something. */
	public boolean commit() {
		boolean any = false;
		for (LanguageColumn column : columns) {
			any |= column.isPending();
			column.commit();
		}
		return any;
	}

	/** Whether a column holds typing that is not written yet. */
	public boolean hasPendingEdit() {
		return columns.stream().anyMatch(LanguageColumn::isPending);
	}

	/** The text widget of {@code language}'s column. */
	public StyledText getText(String language) {
		return column(language).text();
	}

	/** The badge of {@code language}'s column. */
	public TranslationBadge getBadge(String language) {
		return column(language).badge();
	}

	/** The "mark reviewed" button of {@code language}'s column (hidden on the original). */
	public Button getReviewButton(String language) {
		return column(language).review();
	}

	/** The glossary terms underlined in {@code language}'s column. */
	public List<Glossary.Match> getTerms(String language) {
		return column(language).matches();
	}

	/** The tooltip that a glossary term shows in {@code language}'s column. */
	public String describeTerm(String language, Glossary.Match match) {
		return column(language).describe(match.term());
	}

	/** Runs {@code listener} when one of the columns gets the focus. */
	public void addFocusListener(Runnable listener) {
		focusListeners.add(listener);
	}

	/** Runs {@code listener} when a column's text needs more or less height, so that the parent can lay out again. */
	public void addGrowListener(Runnable listener) {
		growListeners.add(listener);
	}

	Glossary glossary() {
		return glossary;
	}

	void focused() {
		List.copyOf(focusListeners).forEach(Runnable::run);
	}

	void grew() {
		List.copyOf(growListeners).forEach(Runnable::run);
	}

	void write(String language, String value) {
		if (element == null) {
			return;
		}
		LocalizedText current = (LocalizedText) element.eGet(feature);
		String old = current == null ? null : current.getText(language);
		if (Objects.equals(old == null ? "" : old, value)) { //$NON-NLS-1$
			return;
		}
		editing.execute(element, TextCommands.setText(element, feature, language, value));
		if (!isDisposed()) {
			refresh();
		}
	}

	void markReviewed(String language) {
		if (element != null) {
			editing.execute(element, TranslationCommands.markReviewed(element, feature, language));
			refresh();
		}
	}

	private LanguageColumn column(String language) {
		return columns.stream().filter(c -> c.language().equals(language)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No column for " + language)); //$NON-NLS-1$
	}
}
