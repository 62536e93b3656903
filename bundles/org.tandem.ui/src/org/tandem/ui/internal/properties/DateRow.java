package org.tandem.ui.internal.properties;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;

/**
 * A calendar day (the model's {@code Date}, a {@link LocalDate}) with a date picker; the check box
 * before it says whether there is a date at all.
 */
final class DateRow implements PropertyRow {

	private final Field field;
	private final Button present;
	private final DateTime picker;
	/** Set while the widgets are being set from the model: the events that the toolkit sends then are no edits. */
	private boolean updating;

	DateRow(Composite grid, Field field, PropertyEdits edits) {
		this.field = field;
		field.nameCell(grid);
		Composite cell = Field.spanning(new Composite(grid, SWT.NONE));
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(cell);
		present = new Button(cell, SWT.CHECK);
		present.setToolTipText(Messages.properties_hasDate);
		present.setData(PropertiesPart.FIELD_KEY, field.feature().getName() + ".present"); //$NON-NLS-1$
		picker = new DateTime(cell, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		picker.setData(PropertiesPart.FIELD_KEY, field.feature().getName());
		GridDataFactory.swtDefaults().applyTo(picker);
		present.addListener(SWT.Selection, e -> apply(edits, present.getSelection() ? pickedDate() : null));
		// a picker that is off (no date) sends no edit, not even a late event of the toolkit's
		picker.addListener(SWT.Selection, e -> {
			if (picker.getEnabled()) {
				apply(edits, pickedDate());
			}
		});
		refresh();
	}

	private LocalDate pickedDate() {
		return LocalDate.of(picker.getYear(), picker.getMonth() + 1, picker.getDay());
	}

	private void apply(PropertyEdits edits, LocalDate date) {
		if (updating) {
			return;
		}
		edits.set(field.element(), field.feature(), date, field.name());
		refresh();
	}

	@Override
	public void refresh() {
		LocalDate date = (LocalDate) field.value();
		updating = true;
		try {
			present.setSelection(date != null);
			picker.setEnabled(date != null);
			if (date != null) {
				picker.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
			}
		} finally {
			updating = false;
		}
	}
}
