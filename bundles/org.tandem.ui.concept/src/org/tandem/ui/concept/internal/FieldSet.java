package org.tandem.ui.concept.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.concept.internal.text.Glossary;
import org.tandem.ui.concept.internal.text.MultilingualText;

/**
 * The multilingual fields of one editor: made alike (same languages, glossary, listeners), and
 * refreshed, committed and switched to other languages together.
 */
final class FieldSet {

	private final ModelEditing editing;
	private final Glossary glossary;
	private final Consumer<EObject> focused;
	private final Runnable grew;
	private final List<MultilingualText> fields = new ArrayList<>();
	private List<String> languages;

	FieldSet(ModelEditing editing, Glossary glossary, List<String> languages, Consumer<EObject> focused, Runnable grew) {
		this.editing = editing;
		this.glossary = glossary;
		this.languages = languages;
		this.focused = focused;
		this.grew = grew;
	}

	/** A new field for the text {@code feature} of {@code element}, filling the width of {@code parent}'s grid. */
	MultilingualText create(Composite parent, EObject element, EReference feature, String label) {
		MultilingualText field = new MultilingualText(parent, editing, glossary);
		field.setLabel(label);
		field.setLanguages(languages);
		field.setInput(element, feature);
		field.addFocusListener(() -> focused.accept(element));
		field.addGrowListener(grew);
		GridDataFactory.fillDefaults().grab(true, false).hint(0, org.eclipse.swt.SWT.DEFAULT).applyTo(field.getControl());
		fields.add(field);
		return field;
	}

	/** The fields not disposed of. */
	List<MultilingualText> all() {
		fields.removeIf(MultilingualText::isDisposed);
		return List.copyOf(fields);
	}

	List<String> languages() {
		return languages;
	}

	void setLanguages(List<String> languages) {
		this.languages = List.copyOf(languages);
		all().forEach(field -> field.setLanguages(this.languages));
	}

	/** Writes what was typed and not written yet; true when there was something. */
	boolean commit() {
		boolean any = false;
		for (MultilingualText field : all()) {
			any |= field.commit();
		}
		return any;
	}

	/** Whether some field holds typing that is not written yet. */
	boolean pending() {
		return all().stream().anyMatch(MultilingualText::hasPendingEdit);
	}

	void refresh() {
		all().forEach(MultilingualText::refresh);
	}
}
