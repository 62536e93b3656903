package org.tandem.core.internal.schedule;

import org.tandem.model.api.ImplementationPlan;

/**
 * The critical path method over the tasks and milestones of a plan: a forward pass gives each its
 * early start and finish, a backward pass from the plan's last finish its late ones; the difference
 * is its total float, and the items without float form the critical path. An item that waits for
 * nothing begins on its own planned date; one that waits begins as early as its predecessors allow
 * (see {@link ScheduleNetwork} for links and work packages, {@link ItemDays} for how days count).
 * A plan whose dependencies go round in a circle is refused with a {@link DependencyCycleException}.
 */
public final class CriticalPath {

	/** The schedule of {@code plan}. */
	public Schedule compute(ImplementationPlan plan) {
		ScheduleNetwork network = new ScheduleNetwork(plan);
		int n = network.items.length;
		long[] early = forward(network);
		long projectEnd = Long.MIN_VALUE;
		for (int i = 0; i < n; i++) {
			if (network.dated[i]) {
				projectEnd = Math.max(projectEnd, early[i] + network.duration[i]);
			}
		}
		long[] late = backward(network, projectEnd);
		return new Schedule(network, early, late);
	}

	private static long[] forward(ScheduleNetwork network) {
		int n = network.items.length;
		long[] early = new long[n];
		boolean[] waits = new boolean[n];
		for (int k = 0; k < network.successor.length; k++) {
			waits[network.successor[k]] = true;
		}
		for (int i = 0; i < n; i++) {
			early[i] = waits[i] ? Long.MIN_VALUE : network.begin[i];
		}
		for (int p : network.order) {
			if (!network.dated[p]) {
				continue;
			}
			if (early[p] == Long.MIN_VALUE) { // waits only for undated items
				early[p] = network.begin[p];
			}
			for (int k = network.first[p]; k < network.first[p + 1]; k++) {
				int q = network.successor[k];
				early[q] = Math.max(early[q], early[p] + network.offset[k]);
			}
		}
		return early;
	}

	private static long[] backward(ScheduleNetwork network, long projectEnd) {
		int n = network.items.length;
		long[] late = new long[n];
		int[] order = network.order;
		for (int o = n - 1; o >= 0; o--) {
			int p = order[o];
			if (!network.dated[p]) {
				continue;
			}
			long latest = projectEnd - network.duration[p];
			for (int k = network.first[p]; k < network.first[p + 1]; k++) {
				int q = network.successor[k];
				if (network.dated[q]) {
					latest = Math.min(latest, late[q] - network.offset[k]);
				}
			}
			late[p] = latest;
		}
		return late;
	}
}
