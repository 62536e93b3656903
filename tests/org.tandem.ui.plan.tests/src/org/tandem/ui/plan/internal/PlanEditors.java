package org.tandem.ui.plan.internal;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.WorkPackage;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;

/** Opens the demo workspace and finds its water plan, its items and the editor's tool items for the plan editor's tests. */
final class PlanEditors {

	private PlanEditors() {
	}

	/** A harness on a fresh demo workspace in {@code folder}, its shell active at the screen's corner. */
	static EditorHarness harness(Path folder) throws Exception {
		EditorHarness harness = new EditorHarness(folder, 1500, 700);
		harness.shell().setLocation(0, 0);
		harness.shell().forceActive();
		return harness;
	}

	/** The tool item labelled {@code text} in {@code shell}. */
	static ToolItem toolItem(Shell shell, String text) {
		for (ToolBar bar : Ui.findAll(shell, ToolBar.class, b -> true)) {
			for (ToolItem item : bar.getItems()) {
				if (text.equals(item.getText())) {
					return item;
				}
			}
		}
		throw new AssertionError("no tool item " + text);
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
