package org.tandem.core.internal.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tandem.model.api.PlanItem;
import org.tandem.model.api.WorkPackage;

/**
 * The result of the {@link CriticalPath} over a plan: early and late start and finish of each
 * dated task and milestone (a milestone's start and finish are its day), its total float in days,
 * and the critical path. A work package spans its items: its dates are the earliest start and the
 * latest finish among them, and its float the least of theirs. Undated items have no schedule:
 * asking for their dates or float throws an {@link IllegalArgumentException}.
 */
public final class Schedule {

	private final ScheduleNetwork network;
	private final long[] early;
	private final long[] late;

	Schedule(ScheduleNetwork network, long[] early, long[] late) {
		this.network = network;
		this.early = early;
		this.late = late;
	}

	/** Whether the item (or, for a work package, one of its items) has a schedule. */
	public boolean isScheduled(PlanItem item) {
		return !scheduled(item).isEmpty();
	}

	public LocalDate earlyStart(PlanItem item) {
		return first(item, early);
	}

	public LocalDate earlyFinish(PlanItem item) {
		return last(item, early);
	}

	public LocalDate lateStart(PlanItem item) {
		return first(item, late);
	}

	public LocalDate lateFinish(PlanItem item) {
		return last(item, late);
	}

	/** Days the item can slip without delaying the plan's end. */
	public long totalFloat(PlanItem item) {
		long least = Long.MAX_VALUE;
		for (int i : indices(item)) {
			least = Math.min(least, late[i] - early[i]);
		}
		return least;
	}

	/** Whether the item has no float. */
	public boolean isCritical(PlanItem item) {
		return totalFloat(item) == 0;
	}

	/** The tasks and milestones without float, predecessors before their successors. */
	public List<PlanItem> criticalPath() {
		List<PlanItem> path = new ArrayList<>();
		for (int i : network.order) {
			if (network.dated[i] && late[i] == early[i]) {
				path.add(network.items[i]);
			}
		}
		return path;
	}

	/** The tasks and milestones left out for want of dates. */
	public List<PlanItem> undated() {
		List<PlanItem> undated = new ArrayList<>();
		for (int i = 0; i < network.items.length; i++) {
			if (!network.dated[i]) {
				undated.add(network.items[i]);
			}
		}
		return undated;
	}

	private LocalDate first(PlanItem item, long[] begins) {
		long least = Long.MAX_VALUE;
		for (int i : indices(item)) {
			least = Math.min(least, ItemDays.firstDay(begins[i], network.duration[i]).toEpochDay());
		}
		return LocalDate.ofEpochDay(least);
	}

	private LocalDate last(PlanItem item, long[] begins) {
		long most = Long.MIN_VALUE;
		for (int i : indices(item)) {
			most = Math.max(most, ItemDays.lastDay(begins[i], network.duration[i]).toEpochDay());
		}
		return LocalDate.ofEpochDay(most);
	}

	private int[] indices(PlanItem item) {
		List<PlanItem> items = scheduled(item);
		if (items.isEmpty()) {
			throw new IllegalArgumentException(item + " has no schedule: it is undated or not in the plan"); //$NON-NLS-1$
		}
		return items.stream().mapToInt(network::indexOf).toArray();
	}

	private List<PlanItem> scheduled(PlanItem item) {
		List<PlanItem> leaves = item instanceof WorkPackage ? network.leavesOf(item) : network.indexOf(item) < 0 ? List.of() : List.of(item);
		return leaves.stream().filter(leaf -> network.dated[network.indexOf(leaf)]).toList();
	}
}
