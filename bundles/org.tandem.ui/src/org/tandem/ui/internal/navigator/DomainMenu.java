package org.tandem.ui.internal.navigator;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.tandem.core.internal.domains.Domain;
import org.tandem.core.internal.domains.NewTaskGroup;
import org.tandem.model.api.Partnership;

/**
 * New &gt; Task group as a choice of domain: one item per registered domain (its icon and name in
 * the reader's language) that adds a task group filled from the domain's templates, and one for a
 * task group without a domain.
 */
final class DomainMenu {

	private DomainMenu() {
	}

	static MenuManager of(NewChildren.Kind kind, Partnership partnership, EditingDomain editing, List<Domain> domains, NavigatorPart navigator) {
		MenuManager menu = new MenuManager(kind.label(), navigator.imageDescriptor(kind.image()), "new.taskGroup"); //$NON-NLS-1$
		Locale locale = Locale.getDefault();
		for (Domain domain : domains) {
			Action action = new Action(domain.name(locale)) {
				@Override
				public void run() {
					navigator.create(partnership, NewTaskGroup.create(editing, partnership, domain, locale));
				}
			};
			domain.icon().map(ImageDescriptor::createFromURL).ifPresent(action::setImageDescriptor);
			menu.add(action);
		}
		menu.add(new Separator());
		menu.add(new Action(Messages.navigator_noDomain) {
			@Override
			public void run() {
				navigator.create(partnership, kind.command());
			}
		});
		return menu;
	}
}
