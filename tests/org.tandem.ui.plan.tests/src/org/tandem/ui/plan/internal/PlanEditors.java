package org.tandem.ui.plan.internal;

import org.eclipse.emf.ecore.EObject;
import org.tandem.model.ImplementationPlan;
import org.tandem.model.PlanItem;
import org.tandem.model.WorkPackage;
import org.tandem.testing.EditorHarness;

/** Finds the demo workspace's water plan and its items for the plan editor's tests. */
final class PlanEditors {

	private PlanEditors() {
	}

	/** The Rhine-Neckar – Urumqi water plan of the harness's workspace. */
	static ImplementationPlan waterPlan(EditorHarness harness) {
		for (EObject root : harness.workspace().roots()) {
			if (root instanceof ImplementationPlan plan && root.eResource().getURI().lastSegment().startsWith("wasser")) {
				return plan;
			}
		}
		throw new AssertionError("the demo workspace has no water plan");
	}

	/** The item at {@code indexes}: the plan's item at the first, its child at the second. */
	static PlanItem item(ImplementationPlan plan, int... indexes) {
		PlanItem item = plan.getItems().get(indexes[0]);
		for (int i = 1; i < indexes.length; i++) {
			item = ((WorkPackage) item).getChildren().get(indexes[i]);
		}
		return item;
	}

	/** The item with the id {@code id} in {@code plan}. */
	static PlanItem byId(ImplementationPlan plan, String id) {
		return (PlanItem) plan.eResource().getEObject(id);
	}
}
