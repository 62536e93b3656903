package org.tandem.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Translation;
import org.tandem.model.edit.spi.TandemEditPlugin;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * A text in several languages: one line per language (German, Chinese, English) with the text and
 * its translation state. Leaving a line (or Enter, in a one-line name) writes that language through
 * {@link TextCommands}, so the translation rules apply and undo restores every state.
 */
final class LocalizedTextRow implements PropertyRow {

	/** The languages that get a line, in this order. */
	static final List<String> LANGUAGES = List.of("de", "zh", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Field field;
	private final List<Line> lines = new ArrayList<>();

	LocalizedTextRow(Composite grid, Field field, PropertyEdits edits) {
		this.field = field;
		boolean oneLine = TextCommands.nameOf(field.element()).filter(field.feature()::equals).isPresent();
		for (String language : LANGUAGES) {
			if (lines.isEmpty()) {
				field.nameCell(grid);
			} else {
				new Label(grid, SWT.NONE);
			}
			lines.add(new Line(grid, language, oneLine, edits));
		}
		refresh();
	}

	@Override
	public void refresh() {
		lines.forEach(Line::refresh);
	}

	private LocalizedText localizedText() {
		return (LocalizedText) field.value();
	}

	/** One language's line. */
	private final class Line {
		private final String language;
		private final Text text;
		private final Label state;
		private String shown;

		Line(Composite grid, String language, boolean oneLine, PropertyEdits edits) {
			this.language = language;
			Label name = new Label(grid, SWT.NONE);
			name.setText(Messages.language(language));
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, oneLine ? SWT.CENTER : SWT.BEGINNING).applyTo(name);
			text = new Text(grid, SWT.BORDER | (oneLine ? SWT.SINGLE : SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
			text.setData(ModelEditing.UNDO_IN_MODEL, Boolean.TRUE);
		text.setData(PropertiesPart.FIELD_KEY, field.feature().getName() + "." + language); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(200, oneLine ? SWT.DEFAULT : text.getLineHeight() * 3).applyTo(text);
			state = new Label(grid, SWT.NONE);
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, oneLine ? SWT.CENTER : SWT.BEGINNING).applyTo(state);
			text.addListener(SWT.FocusOut, e -> apply(edits));
			if (oneLine) {
				text.addListener(SWT.DefaultSelection, e -> apply(edits));
			}
		}

		private void apply(PropertyEdits edits) {
			if (text.isDisposed() || Objects.equals(text.getText(), shown)) {
				return;
			}
			if (edits.execute(field.element(), TextCommands.setText(field.element(), (EReference) field.feature(), language, text.getText()),
					field.name())) {
				shown = text.getText();
			}
			refresh();
		}

		void refresh() {
			Translation translation = translation();
			String value = translation == null || translation.getText() == null ? "" : translation.getText(); //$NON-NLS-1$
			boolean typing = !Objects.equals(text.getText(), shown) && text.isFocusControl();
			if (!typing) {
				if (!value.equals(text.getText())) {
					text.setText(value);
				}
				shown = value;
			}
			state.setText(translation == null ? Messages.properties_missing : stateLabel(translation));
			state.getParent().layout(new org.eclipse.swt.widgets.Control[] { state });
		}

		private Translation translation() {
			LocalizedText localized = localizedText();
			if (localized == null) {
				return null;
			}
			return localized.getTranslations().stream().filter(t -> language.equals(t.getLanguage())).findFirst().orElse(null);
		}

		private String stateLabel(Translation translation) {
			return TandemEditPlugin.INSTANCE.getString("_UI_TranslationState_" + translation.getState().getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
