package org.tandem.ui.concept.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.model.api.GlossaryTerm;
import org.tandem.model.api.Translation;
import org.tandem.model.api.TranslationState;

/**
 * One language of a {@link MultilingualText}: a header with the language's name, the translation's
 * badge and, unless it is the original, a button that marks it reviewed; below it the text, with
 * glossary terms underlined. The button shows only on a draft or stale translation, and keeps its
 * place when hidden, so that the texts of all columns start at the same height. What a person types is handed on after a short pause or when the
 * field loses the focus, as one edit.
 */
final class LanguageColumn {

	/** How long after the last keystroke the text is handed on. */
	static final int PAUSE_MILLIS = 1_000;

	private static final Color TERM = new Color(0x1a, 0x9a, 0x9a);

	private final MultilingualText owner;
	private final String language;
	private final Composite control;
	private final TranslationBadge badge;
	private final Button review;
	private final StyledText text;
	private final Runnable commitLater = this::commit;
	private List<Glossary.Match> matches = List.of();
	private boolean pending;
	private boolean updating;
	private int height;

	LanguageColumn(MultilingualText owner, String language) {
		this.owner = owner;
		this.language = language;
		control = new Composite(owner.getControl(), SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 3).applyTo(control);
		Label name = new Label(control, SWT.NONE);
		name.setText(Languages.name(language));
		badge = new TranslationBadge(control);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).grab(true, false).applyTo(badge);
		review = new Button(control, SWT.PUSH);
		review.setText(Messages.markReviewed);
		review.setToolTipText(Messages.markReviewed_tooltip);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(review);
		review.addListener(SWT.Selection, e -> {
			commit();
			owner.markReviewed(language);
		});
		text = new StyledText(control, SWT.MULTI | SWT.WRAP | SWT.BORDER);
		text.setLeftMargin(3);
		text.setRightMargin(3);
		text.setTopMargin(2);
		text.setBottomMargin(2);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(0, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> modified());
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.FocusIn, e -> owner.focused());
		text.addListener(SWT.MouseMove, e -> text.setToolTipText(termAt(e.x, e.y)));
		text.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = owner.label() == null ? Languages.name(language) : owner.label() + " (" + Languages.name(language) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).hint(0, SWT.DEFAULT).applyTo(control);
	}

	String language() {
		return language;
	}

	Composite control() {
		return control;
	}

	StyledText text() {
		return text;
	}

	TranslationBadge badge() {
		return badge;
	}

	Button review() {
		return review;
	}

	boolean isPending() {
		return pending;
	}

	/** Shows {@code translation} (null when there is none in this language), unless the person is still typing. */
	void show(Translation translation) {
		TranslationState state = translation == null ? null : translation.getState();
		badge.setState(state);
		boolean reviewable = TranslationCommands.canMarkReviewed(translation);
		review.setVisible(reviewable);
		review.setEnabled(reviewable);
		if (!pending) {
			String value = translation == null || translation.getText() == null ? "" : translation.getText(); //$NON-NLS-1$
			if (!value.equals(text.getText())) {
				updating = true;
				try {
					Point selection = text.getSelection();
					text.setText(value);
					text.setSelection(Math.min(selection.x, value.length()), Math.min(selection.y, value.length()));
				} finally {
					updating = false;
				}
			}
		}
		highlight();
		control.layout(true);
	}

	/** Hands on what the person typed, if anything is waiting. */
	void commit() {
		if (text.isDisposed()) {
			return;
		}
		text.getDisplay().timerExec(-1, commitLater);
		if (pending) {
			pending = false;
			owner.write(language, text.getText());
		}
	}

	private void modified() {
		highlight();
		if (!updating) {
			pending = true;
			text.getDisplay().timerExec(PAUSE_MILLIS, commitLater);
		}
		int newHeight = text.computeSize(Math.max(1, text.getSize().x), SWT.DEFAULT).y;
		if (newHeight != height) {
			height = newHeight;
			owner.grew();
		}
	}

	private void highlight() {
		matches = owner.glossary().find(text.getText(), language);
		List<StyleRange> ranges = new ArrayList<>();
		for (Glossary.Match match : matches) {
			StyleRange range = new StyleRange();
			range.start = match.start();
			range.length = match.length();
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_SINGLE;
			range.underlineColor = TERM;
			range.foreground = TERM;
			ranges.add(range);
		}
		text.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	/** The glossary terms shown underlined, in order. */
	List<Glossary.Match> matches() {
		return matches;
	}

	/** The tooltip of the term under the mouse at {@code x, y}, or null. */
	private String termAt(int x, int y) {
		int offset = text.getOffsetAtPoint(new Point(x, y));
		for (Glossary.Match match : matches) {
			if (offset >= match.start() && offset < match.start() + match.length()) {
				return describe(match.term());
			}
		}
		return null;
	}

	/** The term in this language, then in each other language that has it. */
	String describe(GlossaryTerm term) {
		StringBuilder tooltip = new StringBuilder(NLS.bind(Messages.glossary_term, Glossary.word(term, language)));
		for (String other : Languages.ALL) {
			String word = Glossary.word(term, other);
			if (!Objects.equals(other, language) && word != null && !word.isBlank()) {
				tooltip.append('\n').append(NLS.bind(Messages.glossary_translation, Languages.name(other), word));
			}
		}
		return tooltip.toString();
	}
}
