package org.tandem.ui.plan.internal.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage.Literals;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/** The undoable commands of the plan editor: dates, adding, deleting and linking plan items. */
public final class PlanCommands {

	private final EditingDomain domain;

	public PlanCommands(EditingDomain domain) {
		this.domain = domain;
	}

	/** Sets one feature of an element. */
	public Command set(EObject owner, EStructuralFeature feature, Object value) {
		return SetCommand.create(domain, owner, feature, value);
	}

	/**
	 * Gives an item new dates: a task its start and finish, a milestone its planned day (the
	 * start); a work package moves its items by the days its start moves.
	 */
	public Command setDates(PlanItem item, LocalDate start, LocalDate finish, String label) {
		CompoundCommand command = new CompoundCommand(label);
		if (item instanceof Task task) {
			command.append(set(task, Literals.TASK__START, start));
			command.append(set(task, Literals.TASK__FINISH, finish));
		} else if (item instanceof Milestone milestone) {
			command.append(set(milestone, Literals.MILESTONE__PLANNED, start));
		} else if (item instanceof WorkPackage workPackage && PlanDates.start(workPackage) != null) {
			long days = ChronoUnit.DAYS.between(PlanDates.start(workPackage), start);
			appendMoves(command, workPackage, days);
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** Moves an item (a work package: all its items) by {@code days}. */
	public Command move(PlanItem item, long days, String label) {
		CompoundCommand command = new CompoundCommand(label);
		appendMoves(command, item, days);
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	private void appendMoves(CompoundCommand command, PlanItem item, long days) {
		if (item instanceof WorkPackage workPackage) {
			workPackage.getChildren().forEach(child -> appendMoves(command, child, days));
		} else if (PlanDates.start(item) != null) {
			command.append(setDates(item, PlanDates.start(item).plusDays(days), PlanDates.finish(item).plusDays(days), null));
		}
	}

	/** Adds {@code item} to {@code parent} (the plan or a work package) at {@code index} (-1: at the end). */
	public Command add(EObject parent, PlanItem item, int index) {
		EStructuralFeature feature = parent instanceof ImplementationPlan ? Literals.IMPLEMENTATION_PLAN__ITEMS : Literals.WORK_PACKAGE__CHILDREN;
		return AddCommand.create(domain, parent, feature, item, index < 0 ? CommandParameter.NO_INDEX : index);
	}

	/** Deletes the items with everything inside them and every dependency on any of them. */
	public Command delete(ImplementationPlan plan, Collection<PlanItem> items, String label) {
		Set<PlanItem> gone = new HashSet<>();
		items.forEach(item -> collect(item, gone));
		List<Dependency> links = new ArrayList<>();
		for (Dependency dependency : plan.getDependencies()) {
			if (gone.contains(dependency.getPredecessor()) || gone.contains(dependency.getSuccessor())) {
				links.add(dependency);
			}
		}
		CompoundCommand command = new CompoundCommand(label);
		if (!links.isEmpty()) {
			command.append(RemoveCommand.create(domain, plan, Literals.IMPLEMENTATION_PLAN__DEPENDENCIES, links));
		}
		command.append(DeleteCommand.create(domain, List.copyOf(items)));
		return command;
	}

	private static void collect(PlanItem item, Set<PlanItem> into) {
		into.add(item);
		if (item instanceof WorkPackage workPackage) {
			workPackage.getChildren().forEach(child -> collect(child, into));
		}
	}

	/** Makes {@code successor} depend on {@code predecessor} in the given way. */
	public Command link(ImplementationPlan plan, PlanItem predecessor, PlanItem successor, DependencyType type) {
		Dependency dependency = TandemFactory.eINSTANCE.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setSuccessor(successor);
		dependency.setType(type);
		return AddCommand.create(domain, plan, Literals.IMPLEMENTATION_PLAN__DEPENDENCIES, dependency);
	}
}
