package org.tandem.ui.internal.properties;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * A value typed as text: a string, a number, a point in time. Enter or leaving the field applies
 * it; input that makes no value is reported and changes nothing.
 */
final class TextRow implements PropertyRow {

	private final Field field;
	private final EDataType type;
	private final PropertyEdits edits;
	private final Text text;
	/** The value's text as last shown: what the field holds while no one types in it. */
	private String shown;

	TextRow(Composite grid, Field field, PropertyEdits edits) {
		this.field = field;
		this.type = ((EAttribute) field.feature()).getEAttributeType();
		this.edits = edits;
		field.nameCell(grid);
		text = Field.spanning(new Text(grid, SWT.BORDER | SWT.SINGLE));
		text.setData(ModelEditing.UNDO_IN_MODEL, Boolean.TRUE);
		text.setData(PropertiesPart.FIELD_KEY, field.feature().getName());
		text.addListener(SWT.DefaultSelection, e -> apply());
		text.addListener(SWT.FocusOut, e -> apply());
		refresh();
	}

	private void apply() {
		if (text.isDisposed() || Objects.equals(text.getText(), shown)) {
			return;
		}
		try {
			Object value = TextValues.parse(type, text.getText(), field.name());
			if (edits.set(field.element(), field.feature(), value, field.name())) {
				shown = TextValues.format(type, field.value());
				text.setText(shown);
			}
		} catch (TextValues.BadValue bad) {
			edits.reject(bad.getMessage());
		}
	}

	@Override
	public void refresh() {
		String value = TextValues.format(type, field.value());
		boolean typing = !Objects.equals(text.getText(), shown) && text.isFocusControl();
		if (!typing && !value.equals(text.getText())) {
			text.setText(value);
		}
		if (!typing) {
			shown = value;
		}
	}
}
