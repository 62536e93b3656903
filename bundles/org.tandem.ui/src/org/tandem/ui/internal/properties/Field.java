package org.tandem.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * One property of one element as its item property descriptor describes it: the localized name,
 * the feature, the value's label; and the label cell that starts its row in the part's grid.
 */
record Field(EObject element, IItemPropertyDescriptor descriptor, EStructuralFeature feature) {

	/** The columns of the grid: field name, language, value, translation state. */
	static final int COLUMNS = 4;

	static Field of(EObject element, IItemPropertyDescriptor descriptor) {
		return new Field(element, descriptor, (EStructuralFeature) descriptor.getFeature(element));
	}

	/** The field's name in the reader's language. */
	String name() {
		return descriptor.getDisplayName(element);
	}

	Object value() {
		return element.eGet(feature);
	}

	/** How the item providers show {@code value} (an enum literal, an element, a list of them). */
	String label(Object value) {
		if (value == null) {
			return Messages.properties_noValue;
		}
		String text = descriptor.getLabelProvider(element).getText(value);
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/** Adds the cell with the field's name. */
	Label nameCell(Composite grid) {
		Label label = new Label(grid, SWT.NONE);
		label.setText(name());
		label.setToolTipText(descriptor.getDescription(element));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	/** Lays out {@code control} over the language, value and state columns. */
	static <C extends Control> C spanning(C control) {
		GridDataFactory.fillDefaults().grab(true, false).span(COLUMNS - 1, 1).applyTo(control);
		return control;
	}
}
