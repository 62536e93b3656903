package org.tandem.ui.plan.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;

/** Who can be responsible for a plan's items: the people of its task group's partnership, else of every partnership in the workspace. */
final class People {

	private People() {
	}

	static List<Person> of(ImplementationPlan plan) {
		if (plan.getTaskGroup() != null && plan.getTaskGroup().eContainer() instanceof Partnership partnership) {
			return List.copyOf(partnership.getPeople());
		}
		List<Person> people = new ArrayList<>();
		if (plan.eResource() != null && plan.eResource().getResourceSet() != null) {
			for (Resource resource : plan.eResource().getResourceSet().getResources()) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Partnership partnership) {
						people.addAll(partnership.getPeople());
					}
				}
			}
		}
		return people;
	}
}
