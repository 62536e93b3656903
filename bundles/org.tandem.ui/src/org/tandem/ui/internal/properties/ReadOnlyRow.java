package org.tandem.ui.internal.properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** A value shown but not edited here (the id, lists of references): selectable text, so it can be copied. */
final class ReadOnlyRow implements PropertyRow {

	private final Field field;
	private final Text text;

	ReadOnlyRow(Composite grid, Field field) {
		this.field = field;
		field.nameCell(grid);
		text = Field.spanning(new Text(grid, SWT.READ_ONLY | SWT.SINGLE));
		text.setData(PropertiesPart.FIELD_KEY, field.feature().getName());
		refresh();
	}

	@Override
	public void refresh() {
		Object value = field.value();
		String label = value instanceof java.util.List<?> list && list.isEmpty() ? "" : field.label(value); //$NON-NLS-1$
		if (!label.equals(text.getText())) {
			text.setText(label);
		}
	}
}
