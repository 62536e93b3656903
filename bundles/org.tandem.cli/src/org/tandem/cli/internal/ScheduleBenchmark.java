package org.tandem.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.SyntheticWorkspace;
import org.tandem.core.internal.schedule.CriticalPath;
import org.tandem.core.internal.schedule.Schedule;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * Measures the critical path (forward and backward pass) of a synthetic plan of about N tasks and
 * milestones in processor time, against a plain topological sort of the same dependencies taken in
 * turns with it; the measurement fails when the sort misses an item or the path is empty.
 */
final class ScheduleBenchmark {

	/** About five elements per task or milestone: the item, its name in two languages, a dependency for two in three. */
	private static final int ELEMENTS_PER_ITEM = 5;

	record Figures(int items, int dependencies, int critical, double scheduleMillis, double sortMillis) {
	}

	private final Stopwatch stopwatch;

	ScheduleBenchmark(Stopwatch stopwatch) {
		this.stopwatch = stopwatch;
	}

	Figures measure(int items) throws Exception {
		Path folder = Files.createTempDirectory("tandem-schedule-benchmark"); //$NON-NLS-1$
		try {
			Path file = new SyntheticWorkspace(1).generatePlan(folder, (long) items * ELEMENTS_PER_ITEM);
			ImplementationPlan plan = (ImplementationPlan) new ModelFiles().load(ModelWorkspace.newResourceSet(), file).getContents().get(0);
			Schedule[] schedule = new Schedule[1];
			int[] sorted = new int[1];
			double[] medians = stopwatch.on(Stopwatch.PROCESSOR).medianMillis(() -> schedule[0] = new CriticalPath().compute(plan),
					() -> sorted[0] = topologicalSort(plan).size());
			int count = count(plan);
			if (sorted[0] != count || schedule[0].criticalPath().isEmpty()) {
				throw new IllegalStateException("the sort ordered " + sorted[0] + " of " + count + " items, the critical path holds " //$NON-NLS-1$ //$NON-NLS-2$
						+ schedule[0].criticalPath().size());
			}
			return new Figures(count, plan.getDependencies().size(), schedule[0].criticalPath().size(), medians[0], medians[1]);
		} finally {
			BenchmarkCommand.delete(folder);
		}
	}

	/** Kahn's algorithm over the plan's tasks and milestones (found as scheduling finds them) and its dependencies, on hash maps: the baseline. */
	static List<PlanItem> topologicalSort(ImplementationPlan plan) {
		Map<PlanItem, Integer> waiting = new HashMap<>();
		Map<PlanItem, List<PlanItem>> successors = new HashMap<>();
		addItems(plan.getItems(), waiting);
		for (Dependency dependency : plan.getDependencies()) {
			successors.computeIfAbsent(dependency.getPredecessor(), k -> new ArrayList<>()).add(dependency.getSuccessor());
			waiting.merge(dependency.getSuccessor(), 1, Integer::sum);
		}
		Deque<PlanItem> ready = new ArrayDeque<>();
		waiting.forEach((item, count) -> {
			if (count == 0) {
				ready.add(item);
			}
		});
		List<PlanItem> order = new ArrayList<>(waiting.size());
		while (!ready.isEmpty()) {
			PlanItem item = ready.poll();
			order.add(item);
			for (PlanItem next : successors.getOrDefault(item, List.of())) {
				if (waiting.merge(next, -1, Integer::sum) == 0) {
					ready.add(next);
				}
			}
		}
		return order;
	}

	private static void addItems(List<PlanItem> items, Map<PlanItem, Integer> waiting) {
		for (PlanItem item : items) {
			if (item instanceof WorkPackage workPackage) {
				addItems(workPackage.getChildren(), waiting);
			} else {
				waiting.put(item, 0);
			}
		}
	}

	private static int count(ImplementationPlan plan) {
		int[] count = new int[1];
		plan.eAllContents().forEachRemaining(e -> count[0] += e instanceof Task || e instanceof Milestone ? 1 : 0);
		return count[0];
	}
}
