package org.tandem.ui.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * A value picked from a list: an enum's literals, or the elements a single reference can point to
 * (the descriptor's choice of values), each labelled by its item provider, with "none" where the
 * value may be empty.
 */
final class ChoiceRow implements PropertyRow {

	private final Field field;
	private final Combo combo;
	private final List<Object> choices = new ArrayList<>();

	ChoiceRow(Composite grid, Field field, PropertyEdits edits) {
		this.field = field;
		field.nameCell(grid);
		combo = Field.spanning(new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN));
		combo.setData(PropertiesPart.FIELD_KEY, field.feature().getName());
		combo.setVisibleItemCount(20);
		Collection<?> candidates = field.descriptor().getChoiceOfValues(field.element());
		if (!(field.feature().getEType() instanceof EEnum)) {
			choices.add(null);
		}
		if (candidates != null) {
			candidates.stream().filter(Objects::nonNull).forEach(choices::add);
		}
		for (Object choice : choices) {
			combo.add(field.label(choice));
		}
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && !edits.set(field.element(), field.feature(), choices.get(index), field.name())) {
				refresh();
			}
		});
		refresh();
	}

	@Override
	public void refresh() {
		Object value = field.value();
		int index = choices.indexOf(value);
		if (index < 0) {
			choices.add(value);
			combo.add(field.label(value));
			index = choices.size() - 1;
		}
		combo.select(index);
	}
}
