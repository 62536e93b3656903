package org.tandem.core.schedule;

import java.time.LocalDate;
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
import org.tandem.core.edit.ItemProviders;
import org.tandem.core.validation.MessageLabels;
import org.tandem.model.ImplementationPlan;
import org.tandem.model.Milestone;
import org.tandem.model.PlanItem;
import org.tandem.model.Task;
import org.tandem.model.TandemPackage;

/**
 * Moves a task, milestone or work package by some days and its successors as little as their
 * dependencies require: a successor moves only when a link to it would be broken, and then just so
 * far that it holds again; items that do not follow the moved one keep their dates, and moving an
 * item earlier pulls nothing along. The move and the shifts form one command, one undoable step.
 */
public final class Rescheduling {

	/**
	 * The days by which each task and milestone moves when {@code item} moves by {@code days}, in
	 * topological order; the moved items (a work package's tasks and milestones) come first.
	 *
	 * @throws DependencyCycleException when the plan's dependencies go round in a circle
	 */
	public Map<PlanItem, Long> shifts(PlanItem item, long days) {
		ScheduleNetwork network = new ScheduleNetwork(planOf(item));
		int n = network.items.length;
		long[] begin = network.begin.clone();
		boolean[] moved = new boolean[n];
		Map<PlanItem, Long> shifts = new LinkedHashMap<>();
		for (PlanItem leaf : network.leavesOf(item)) {
			int i = network.indexOf(leaf);
			if (network.dated[i] && days != 0) {
				begin[i] += days;
				moved[i] = true;
				shifts.put(leaf, days);
			}
		}
		for (int p : network.order) {
			if (!moved[p]) {
				continue;
			}
			for (int k = network.first[p]; k < network.first[p + 1]; k++) {
				int q = network.successor[k];
				long earliest = begin[p] + network.offset[k];
				if (network.dated[q] && earliest > begin[q]) {
					begin[q] = earliest;
					moved[q] = true;
					shifts.put(network.items[q], begin[q] - network.begin[q]);
				}
			}
		}
		return shifts;
	}

	/**
	 * The command that moves {@code item} by {@code days} and its successors by {@link #shifts};
	 * the caller executes it (through the model's command stack).
	 */
	public Command move(EditingDomain domain, PlanItem item, long days) {
		Map<PlanItem, Long> shifts = shifts(item, days);
		CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
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
		ComposedAdapterFactory adapters = ItemProviders.create();
		try {
			String name = new MessageLabels(adapters).of(item);
			command.setLabel(NLS.bind(Messages.moveCommand, name));
			command.setDescription(NLS.bind(Messages.moveCommandDescription, new Object[] { name, days, followers(item, shifts) }));
		} finally {
			adapters.dispose();
		}
		return command;
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
}
