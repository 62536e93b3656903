package org.tandem.ui.concept.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.ui.concept.internal.text.Languages;

/** The reader's choice of language columns: two or three of German, Chinese and English. */
final class LanguageBar {

	private final Map<String, Button> boxes = new LinkedHashMap<>();
	private final Consumer<List<String>> changed;

	LanguageBar(Composite parent, List<String> chosen, Consumer<List<String>> changed) {
		this.changed = changed;
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(Languages.ALL.size() + 1).spacing(10, 0).applyTo(bar);
		Label label = new Label(bar, SWT.NONE);
		label.setText(Messages.languages_label);
		label.setToolTipText(Messages.languages_tooltip);
		for (String language : Languages.ALL) {
			Button box = new Button(bar, SWT.CHECK);
			box.setText(Languages.name(language));
			box.setSelection(chosen.contains(language));
			box.addListener(SWT.Selection, e -> changed());
			boxes.put(language, box);
		}
		update();
	}

	/** The languages ticked, in column order. */
	List<String> chosen() {
		return boxes.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).toList();
	}

	Button box(String language) {
		return boxes.get(language);
	}

	private void changed() {
		update();
		changed.accept(chosen());
	}

	/** At least two columns stay: with two ticked, those two cannot be unticked. */
	private void update() {
		boolean two = chosen().size() <= 2;
		boxes.values().forEach(box -> box.setEnabled(!(two && box.getSelection())));
	}
}
