package org.tandem.ui.internal.properties;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.model.api.TandemPackage;

/** Picks the row that shows and edits a field, by the kind of its value (a task group's domain by the registered domains). */
final class PropertyRows {

	private PropertyRows() {
	}

	static PropertyRow create(Composite grid, Field field, PropertyEdits edits, TaskGroupDomains domains) {
		if (field.feature() == TandemPackage.Literals.TASK_GROUP__DOMAIN && domains != null) {
			return new DomainRow(grid, field, edits, domains);
		}
		if (field.feature() instanceof EReference reference && !reference.isMany() && reference.isContainment()
				&& reference.getEReferenceType() == TandemPackage.Literals.LOCALIZED_TEXT) {
			return new LocalizedTextRow(grid, field, edits);
		}
		if (!field.descriptor().canSetProperty(field.element()) || field.feature().isMany()) {
			return new ReadOnlyRow(grid, field);
		}
		if (field.feature() instanceof EReference reference) {
			return reference.isContainment() ? new ReadOnlyRow(grid, field) : new ChoiceRow(grid, field, edits);
		}
		EDataType type = ((EAttribute) field.feature()).getEAttributeType();
		Class<?> c = type.getInstanceClass();
		if (type instanceof EEnum) {
			return new ChoiceRow(grid, field, edits);
		}
		if (c == boolean.class || c == Boolean.class) {
			return new CheckRow(grid, field, edits);
		}
		if (c == LocalDate.class) {
			return new DateRow(grid, field, edits);
		}
		return TextValues.typeable(type) ? new TextRow(grid, field, edits) : new ReadOnlyRow(grid, field);
	}
}
