package org.tandem.core.internal.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.core.internal.validation.DependencyCycles;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.WorkPackage;

/**
 * The tasks and milestones of a plan as a graph for scheduling, in topological order, with each
 * link reduced to one offset between begin boundaries (see {@link ItemDays}): the successor begins
 * at least {@code offset} days after its predecessor begins. A dependency from or to a work package
 * stands for one from or to each task and milestone in it: exact for a link from its finish or to
 * its start (its finish is its last item's, its start its first item's), on the safe side for a link
 * from its start or to its finish. Undated items stay in the graph, so that cycles through them are
 * found, but their links carry no dates.
 */
final class ScheduleNetwork {

	final ImplementationPlan plan;
	final PlanItem[] items;
	final boolean[] dated;
	final long[] begin;
	final int[] duration;
	/** Outgoing links of item i: {@code successor[k]} and {@code offset[k]} for k from {@code first[i]} to {@code first[i + 1]}. */
	final int[] first;
	final int[] successor;
	final int[] offset;
	/** 1 where link k waits for its predecessor's finish (so that its offset grows with the predecessor's duration), else 0. */
	final int[] fromFinish;
	/** Item indices, every predecessor before its successors. */
	final int[] order;
	private final Map<PlanItem, Integer> index;

	ScheduleNetwork(ImplementationPlan plan) {
		this.plan = plan;
		List<PlanItem> leaves = new ArrayList<>();
		Map<WorkPackage, int[]> packages = new IdentityHashMap<>();
		collect(plan.getItems(), leaves, packages);
		int n = leaves.size();
		items = leaves.toArray(PlanItem[]::new);
		index = new IdentityHashMap<>(n * 2);
		dated = new boolean[n];
		begin = new long[n];
		duration = new int[n];
		for (int i = 0; i < n; i++) {
			index.put(items[i], i);
			dated[i] = ItemDays.dated(items[i]);
			if (dated[i]) {
				begin[i] = ItemDays.begin(items[i]);
				duration[i] = ItemDays.duration(items[i]);
			}
		}
		Links links = new Links(n);
		for (Dependency dependency : plan.getDependencies()) {
			for (PlanItem from : leavesOf(dependency.getPredecessor(), leaves, packages)) {
				for (PlanItem to : leavesOf(dependency.getSuccessor(), leaves, packages)) {
					Integer p = index.get(from);
					Integer q = index.get(to);
					if (p != null && q != null) {
						DependencyType type = dependency.getType();
						links.add(p, q, offset(type, dependency.getLagDays(), duration[p], duration[q]),
								type == DependencyType.FINISH_TO_START || type == DependencyType.FINISH_TO_FINISH ? 1 : 0);
					}
				}
			}
		}
		first = links.first();
		successor = links.successors(first);
		offset = links.offsets(first);
		fromFinish = links.fromFinish(first);
		order = topologicalOrder();
	}

	/** The index of a task or milestone of the plan, or -1. */
	int indexOf(PlanItem item) {
		Integer i = index.get(item);
		return i == null ? -1 : i;
	}

	/** The tasks and milestones that {@code item} stands for: itself, or all in a work package. */
	List<PlanItem> leavesOf(PlanItem item) {
		List<PlanItem> leaves = new ArrayList<>();
		if (item instanceof WorkPackage workPackage) {
			collect(workPackage.getChildren(), leaves, new IdentityHashMap<>());
		} else if (item != null && index.containsKey(item)) {
			leaves.add(item);
		}
		return leaves;
	}

	/** How many days after its predecessor's begin a successor may begin at the earliest. */
	static int offset(DependencyType type, int lag, int predecessorDuration, int successorDuration) {
		return switch (type) {
		case FINISH_TO_START -> predecessorDuration + lag;
		case START_TO_START -> lag;
		case FINISH_TO_FINISH -> predecessorDuration + lag - successorDuration;
		case START_TO_FINISH -> lag - successorDuration;
		};
	}

	/** Gathers the tasks and milestones in plan order, and where each work package's lie among them. */
	private static void collect(List<PlanItem> from, List<PlanItem> leaves, Map<WorkPackage, int[]> packages) {
		for (PlanItem item : from) {
			if (item instanceof WorkPackage workPackage) {
				int start = leaves.size();
				collect(workPackage.getChildren(), leaves, packages);
				packages.put(workPackage, new int[] { start, leaves.size() });
			} else {
				leaves.add(item);
			}
		}
	}

	private static List<PlanItem> leavesOf(PlanItem item, List<PlanItem> leaves, Map<WorkPackage, int[]> packages) {
		if (item instanceof WorkPackage workPackage) {
			int[] range = packages.get(workPackage);
			return range == null ? List.of() : leaves.subList(range[0], range[1]);
		}
		return item == null ? List.of() : List.of(item);
	}

	/** Kahn's algorithm; refuses a cycle, named on the plan's own dependencies where it lies there. */
	private int[] topologicalOrder() {
		int n = items.length;
		int[] waiting = new int[n];
		for (int k = 0; k < successor.length; k++) {
			waiting[successor[k]]++;
		}
		int[] order = new int[n];
		int head = 0;
		int tail = 0;
		for (int i = 0; i < n; i++) {
			if (waiting[i] == 0) {
				order[tail++] = i;
			}
		}
		while (head < tail) {
			int p = order[head++];
			for (int k = first[p]; k < first[p + 1]; k++) {
				if (--waiting[successor[k]] == 0) {
					order[tail++] = successor[k];
				}
			}
		}
		if (tail < n) {
			throw new DependencyCycleException(plan, cycle());
		}
		return order;
	}

	private List<PlanItem> cycle() {
		List<PlanItem> cycle = new DependencyCycles(plan.getDependencies()).find();
		if (!cycle.isEmpty()) {
			return cycle;
		}
		Map<PlanItem, List<PlanItem>> successors = new LinkedHashMap<>();
		for (int p = 0; p < items.length; p++) {
			for (int k = first[p]; k < first[p + 1]; k++) {
				successors.computeIfAbsent(items[p], x -> new ArrayList<>()).add(items[successor[k]]);
			}
		}
		return new DependencyCycles(successors).find();
	}

	/** Links gathered in any order, then laid out by predecessor. */
	private static final class Links {
		private final int items;
		private int[] from = new int[16];
		private int[] to = new int[16];
		private int[] offsets = new int[16];
		private int[] finishes = new int[16];
		private int size;

		Links(int items) {
			this.items = items;
		}

		void add(int p, int q, int offset, int fromFinish) {
			if (size == from.length) {
				from = Arrays.copyOf(from, size * 2);
				to = Arrays.copyOf(to, size * 2);
				offsets = Arrays.copyOf(offsets, size * 2);
				finishes = Arrays.copyOf(finishes, size * 2);
			}
			from[size] = p;
			to[size] = q;
			offsets[size] = offset;
			finishes[size] = fromFinish;
			size++;
		}

		int[] first() {
			int[] first = new int[items + 1];
			for (int k = 0; k < size; k++) {
				first[from[k] + 1]++;
			}
			for (int i = 0; i < items; i++) {
				first[i + 1] += first[i];
			}
			return first;
		}

		int[] successors(int[] first) {
			return layOut(first, to);
		}

		int[] offsets(int[] first) {
			return layOut(first, offsets);
		}

		int[] fromFinish(int[] first) {
			return layOut(first, finishes);
		}

		private int[] layOut(int[] first, int[] values) {
			int[] next = Arrays.copyOf(first, items);
			int[] laidOut = new int[size];
			for (int k = 0; k < size; k++) {
				laidOut[next[from[k]]++] = values[k];
			}
			return laidOut;
		}
	}
}
