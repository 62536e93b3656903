package org.tandem.ui.partnership.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.tandem.model.api.Organization;
import org.tandem.model.api.Person;

/** One partner region: its people (with organization and role) and its organizations. */
final class RegionPanel {

	private final Group group;
	private final TableViewer people;
	private final TableViewer organizations;

	RegionPanel(Composite parent, Texts texts) {
		group = new Group(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(group);
		new Label(group, SWT.NONE).setText(Messages.region_people);
		people = Columns.table(group);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 80).applyTo(people.getControl().getParent());
		Columns.add(people, Messages.column_person, 3, Columns.named(texts));
		Columns.add(people, Messages.column_organization, 3, Columns.text(e -> texts.label(((Person) e).getOrganization())));
		Columns.add(people, Messages.column_role, 3, Columns.text(e -> texts.text(((Person) e).getRole())));
		people.setContentProvider(ArrayContentProvider.getInstance());

		new Label(group, SWT.NONE).setText(Messages.region_organizations);
		organizations = Columns.table(group);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 60).applyTo(organizations.getControl().getParent());
		Columns.add(organizations, Messages.column_name, 3, Columns.named(texts));
		Columns.add(organizations, Messages.column_kind, 1, Columns.text(e -> texts.literal("OrganizationKind", ((Organization) e).getKind()))); //$NON-NLS-1$
		organizations.setContentProvider(ArrayContentProvider.getInstance());
	}

	Group control() {
		return group;
	}

	void show(String title, List<Person> shownPeople, List<Organization> shownOrganizations) {
		group.setText(title);
		people.setInput(shownPeople);
		organizations.setInput(shownOrganizations);
	}

	List<StructuredViewer> viewers() {
		return List.of(people, organizations);
	}
}
