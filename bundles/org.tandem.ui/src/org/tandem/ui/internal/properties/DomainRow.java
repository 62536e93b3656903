package org.tandem.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.internal.domains.Domain;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.ui.api.viewers.ItemImages;

/**
 * A task group's domain, picked from the registered domains by their icon and name in the
 * reader's language; an id that no installed plug-in registers is kept and shown as it is.
 */
final class DomainRow implements PropertyRow {

	private final Field field;
	private final TaskGroupDomains domains;
	private final Label icon;
	private final Combo combo;
	private final ItemImages images;
	private final List<String> ids = new ArrayList<>();

	DomainRow(Composite grid, Field field, PropertyEdits edits, TaskGroupDomains domains) {
		this.field = field;
		this.domains = domains;
		field.nameCell(grid);
		Composite cell = Field.spanning(new Composite(grid, SWT.NONE));
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(cell);
		icon = new Label(cell, SWT.NONE);
		GridDataFactory.swtDefaults().hint(16, 16).applyTo(icon);
		images = new ItemImages(icon);
		combo = new Combo(cell, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(PropertiesPart.FIELD_KEY, field.feature().getName());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		ids.add(null);
		combo.add(Messages.properties_noValue);
		for (Domain domain : domains.all()) {
			ids.add(domain.id());
			combo.add(domain.name(Locale.getDefault()));
		}
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && !edits.set(field.element(), field.feature(), ids.get(index), field.name())) {
				refresh();
			}
		});
		refresh();
	}

	@Override
	public void refresh() {
		String id = (String) field.value();
		int index = ids.indexOf(id);
		if (index < 0) {
			ids.add(id);
			combo.add(id);
			index = ids.size() - 1;
		}
		combo.select(index);
		icon.setImage(domains.find(id).flatMap(Domain::icon).map(images::get).orElse(null));
	}
}
