package org.tandem.ui.plan.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.SyntheticWorkspace;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * A plan of exactly {@code n} tasks for the benchmark: the synthetic workspace's plans of one
 * partnership gathered into its first plan (work packages and their dependencies), cut at the
 * n-th task.
 */
final class LargePlan {

	private LargePlan() {
	}

	static ImplementationPlan withTasks(Path folder, int tasks) throws IOException {
		new SyntheticWorkspace(2026).generate(folder, 39_000);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		List<ImplementationPlan> plans = new ArrayList<>();
		for (EObject root : workspace.roots()) {
			if (root instanceof ImplementationPlan plan) {
				plans.add(plan);
			}
		}
		ImplementationPlan big = plans.get(0);
		int count = count(big);
		for (ImplementationPlan other : plans.subList(1, plans.size())) {
			while (count < tasks && !other.getItems().isEmpty()) {
				PlanItem moved = other.getItems().get(0);
				big.getItems().add(moved);
				count += count(moved);
			}
			big.getDependencies().addAll(new ArrayList<>(other.getDependencies()));
		}
		cut(big, tasks);
		if (count(big) != tasks) {
			throw new IllegalStateException("the synthetic workspace has only " + count(big) + " tasks");
		}
		return big;
	}

	/** Removes the tasks after the n-th, and every dependency that leaves the plan. */
	private static void cut(ImplementationPlan plan, int tasks) {
		int seen = 0;
		Set<PlanItem> kept = new HashSet<>();
		for (PlanItem item : plan.getItems()) {
			kept.add(item);
			List<PlanItem> children = ((WorkPackage) item).getChildren();
			for (PlanItem child : new ArrayList<>(children)) {
				if (child instanceof Task && ++seen > tasks) {
					children.remove(child);
				} else {
					kept.add(child);
				}
			}
		}
		plan.getDependencies().removeIf((Dependency d) -> !kept.contains(d.getPredecessor()) || !kept.contains(d.getSuccessor()));
		plan.getItems().removeIf(item -> ((WorkPackage) item).getChildren().isEmpty());
	}

	private static int count(PlanItem item) {
		if (item instanceof WorkPackage workPackage) {
			return workPackage.getChildren().stream().mapToInt(LargePlan::count).sum();
		}
		return item instanceof Task ? 1 : 0;
	}

	static int count(ImplementationPlan plan) {
		return plan.getItems().stream().mapToInt(LargePlan::count).sum();
	}
}
