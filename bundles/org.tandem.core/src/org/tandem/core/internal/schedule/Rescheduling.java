package org.tandem.core.internal.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.internal.validation.MessageLabels;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;

/**
 * Moves a task, milestone or work package by some days, or gives a task new dates, and moves its
 * successors as little as their dependencies require: a successor moves only when a link to it
 * would be broken, and then just so far that it holds again; items that do not follow the changed
 * one keep their dates, and moving an item earlier pulls nothing along. The change and the shifts
 * form one command, one undoable step.
 */
public final class Rescheduling {

	/**
	 * The days by which each task and milestone moves when {@code item} moves by {@code days}: first
	 * the moved items (a work package's tasks and milestones), then successors in topological order.
	 *
	 * @throws DependencyCycleException when the plan's dependencies go round in a circle
	 */
	public Map<PlanItem, Long> shifts(PlanItem item, long days) {
		Change change = new Change(new ScheduleNetwork(planOf(item)));
		for (PlanItem leaf : change.network.leavesOf(item)) {
			change.move(change.network.indexOf(leaf), days, 0);
		}
		return change.propagate();
	}

	/** The command that moves {@code item} by {@code days} and its successors by {@link #shifts}; the caller executes it. */
	public Command move(EditingDomain domain, PlanItem item, long days) {
		Map<PlanItem, Long> shifts = shifts(item, days);
		CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
		append(command, domain, shifts);
		label(command, item, Messages.moveCommand, Messages.moveCommandDescription, days, followers(item, shifts));
		return command;
	}

	/**
	 * The command that gives {@code task} the dates {@code start} to {@code finish} (moved, longer or
	 * shorter) and moves its successors as far as that requires; the caller executes it.
	 */
	public Command setDates(EditingDomain domain, Task task, LocalDate start, LocalDate finish) {
		if (!ItemDays.dated(task) || start == null || finish == null) {
			throw new IllegalArgumentException("a task is rescheduled from dates to dates: " + task); //$NON-NLS-1$
		}
		Change change = new Change(new ScheduleNetwork(planOf(task)));
		int i = change.network.indexOf(task);
		change.move(i, ChronoUnit.DAYS.between(task.getStart(), start),
				Math.max(1, ChronoUnit.DAYS.between(start, finish) + 1) - change.network.duration[i]);
		Map<PlanItem, Long> shifts = change.propagate();
		shifts.remove(task);
		CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
		command.append(set(domain, task, TandemPackage.Literals.TASK__START, start));
		command.append(set(domain, task, TandemPackage.Literals.TASK__FINISH, finish));
		append(command, domain, shifts);
		label(command, task, Messages.datesCommand, Messages.datesCommandDescription, start, finish, shifts.size());
		return command;
	}

	private static void append(CompoundCommand command, EditingDomain domain, Map<PlanItem, Long> shifts) {
		for (Map.Entry<PlanItem, Long> shift : shifts.entrySet()) {
			switch (shift.getKey()) {
			case Task task -> {
				command.append(set(domain, task, TandemPackage.Literals.TASK__START, task.getStart().plusDays(shift.getValue())));
				command.append(set(domain, task, TandemPackage.Literals.TASK__FINISH, task.getFinish().plusDays(shift.getValue())));
			}
			case Milestone milestone -> command.append(set(domain, milestone, TandemPackage.Literals.MILESTONE__PLANNED, milestone.getPlanned().plusDays(shift.getValue())));
			default -> throw new IllegalStateException("only tasks and milestones have dates of their own: " + shift.getKey()); //$NON-NLS-1$
			}
		}
	}

	private static void label(CompoundCommand command, PlanItem item, String label, String description, Object... values) {
		ComposedAdapterFactory adapters = ItemProviders.create();
		try {
			String name = new MessageLabels(adapters).of(item);
			Object[] bindings = new Object[values.length + 1];
			bindings[0] = name;
			System.arraycopy(values, 0, bindings, 1, values.length);
			command.setLabel(NLS.bind(label, name));
			command.setDescription(NLS.bind(description, bindings));
		} finally {
			adapters.dispose();
		}
	}

	/** How many of the shifted items are successors rather than {@code item} or its own tasks and milestones. */
	private static long followers(PlanItem item, Map<PlanItem, Long> shifts) {
		return shifts.keySet().stream().filter(shifted -> !EcoreUtil.isAncestor(item, shifted)).count();
	}

	private static Command set(EditingDomain domain, PlanItem item, EStructuralFeature feature, LocalDate value) {
		return new SetCommand(domain, item, feature, value);
	}

	private static ImplementationPlan planOf(PlanItem item) {
		for (EObject e = item.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof ImplementationPlan plan) {
				return plan;
			}
		}
		throw new IllegalArgumentException(item + " belongs to no implementation plan"); //$NON-NLS-1$
	}

	/** New begins and durations on a copy of the network's, pushed along the links from the items changed. */
	private static final class Change {
		final ScheduleNetwork network;
		private final long[] begin;
		private final int[] duration;
		private final boolean[] moved;
		private final Map<PlanItem, Long> shifts = new LinkedHashMap<>();

		Change(ScheduleNetwork network) {
			this.network = network;
			this.begin = network.begin.clone();
			this.duration = network.duration.clone();
			this.moved = new boolean[network.items.length];
		}

		void move(int i, long days, long longer) {
			if (i >= 0 && network.dated[i] && (days != 0 || longer != 0)) {
				begin[i] += days;
				duration[i] += (int) longer;
				moved[i] = true;
				shifts.put(network.items[i], days);
			}
		}

		Map<PlanItem, Long> propagate() {
			for (int p : network.order) {
				if (!moved[p]) {
					continue;
				}
				for (int k = network.first[p]; k < network.first[p + 1]; k++) {
					int q = network.successor[k];
					long earliest = begin[p] + network.offset[k] + network.fromFinish[k] * (duration[p] - network.duration[p]);
					if (network.dated[q] && earliest > begin[q]) {
						begin[q] = earliest;
						moved[q] = true;
						shifts.put(network.items[q], begin[q] - network.begin[q]);
					}
				}
			}
			return shifts;
		}
	}
}
