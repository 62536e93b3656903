package org.tandem.core.internal.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.model.api.Dependency;
import org.tandem.model.api.PlanItem;

/**
 * Finds a cycle in the dependencies of a plan: a task that, through its successors, waits for
 * itself. Validation and scheduling both use it.
 */
public final class DependencyCycles {

	private final Map<PlanItem, ? extends Collection<PlanItem>> successors;

	/** Over a plan's dependencies. */
	public DependencyCycles(List<Dependency> dependencies) {
		Map<PlanItem, List<PlanItem>> successors = new LinkedHashMap<>();
		for (Dependency dependency : dependencies) {
			if (dependency.getPredecessor() != null && dependency.getSuccessor() != null) {
				successors.computeIfAbsent(dependency.getPredecessor(), k -> new ArrayList<>()).add(dependency.getSuccessor());
			}
		}
		this.successors = successors;
	}

	/** Over the successors of each item, such as the links that scheduling derives from a plan's dependencies. */
	public DependencyCycles(Map<PlanItem, ? extends Collection<PlanItem>> successors) {
		this.successors = successors;
	}

	/** The items of one cycle, in order, or an empty list when there is none. */
	public List<PlanItem> find() {
		Map<PlanItem, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
		for (PlanItem start : successors.keySet()) {
			if (!state.containsKey(start)) {
				List<PlanItem> cycle = visit(start, state, new ArrayList<>());
				if (!cycle.isEmpty()) {
					return cycle;
				}
			}
		}
		return List.of();
	}

	/** Depth first, with an explicit path, so that the cycle can be named. */
	private List<PlanItem> visit(PlanItem item, Map<PlanItem, Integer> state, List<PlanItem> path) {
		state.put(item, 1);
		path.add(item);
		Collection<PlanItem> following = successors.get(item);
		for (PlanItem next : following == null ? List.<PlanItem>of() : following) {
			Integer seen = state.get(next);
			if (seen == null) {
				List<PlanItem> cycle = visit(next, state, path);
				if (!cycle.isEmpty()) {
					return cycle;
				}
			} else if (seen == 1) {
				return new ArrayList<>(path.subList(path.indexOf(next), path.size()));
			}
		}
		path.remove(path.size() - 1);
		state.put(item, 2);
		return List.of();
	}
}
