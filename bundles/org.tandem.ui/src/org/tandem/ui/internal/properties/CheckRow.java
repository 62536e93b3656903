package org.tandem.ui.internal.properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** A yes-or-no value as a check box; each click is an undoable edit. */
final class CheckRow implements PropertyRow {

	private final Field field;
	private final Button check;

	CheckRow(Composite grid, Field field, PropertyEdits edits) {
		this.field = field;
		field.nameCell(grid);
		check = Field.spanning(new Button(grid, SWT.CHECK));
		check.setData(PropertiesPart.FIELD_KEY, field.feature().getName());
		check.addListener(SWT.Selection, e -> {
			if (!edits.set(field.element(), field.feature(), check.getSelection(), field.name())) {
				refresh();
			}
		});
		refresh();
	}

	@Override
	public void refresh() {
		check.setSelection(Boolean.TRUE.equals(field.value()));
	}
}
