package org.tandem.ui.dashboard.internal;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;

/** The partnership a selection belongs to: the element itself, its nearest containing partnership, or the partnership of a plan's task group. */
final class SelectedPartnership {

	private SelectedPartnership() {
	}

	static Optional<Partnership> of(Object selection) {
		Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
		for (EObject object = element instanceof EObject e ? e : null; object != null; object = object.eContainer()) {
			if (object instanceof Partnership partnership) {
				return Optional.of(partnership);
			}
			if (object instanceof ImplementationPlan plan && plan.getTaskGroup() != null) {
				return of(plan.getTaskGroup());
			}
		}
		return Optional.empty();
	}
}
