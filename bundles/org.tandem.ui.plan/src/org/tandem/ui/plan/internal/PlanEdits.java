package org.tandem.ui.plan.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.core.internal.schedule.BaselineFreeze;
import org.tandem.core.internal.schedule.Rescheduling;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemPackage.Literals;
import org.tandem.model.api.Task;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.plan.internal.model.NewItems;
import org.tandem.ui.plan.internal.model.PlanCommands;
import org.tandem.ui.plan.internal.model.PlanDates;
import org.tandem.ui.plan.internal.table.ItemTexts;

/**
 * Every change the editor makes to its plan, each checked first (bad input is refused with a
 * message that names the item and the field) and then run as one undoable command.
 */
public final class PlanEdits {

	private final ImplementationPlan plan;
	private final ModelEditing editing;
	private final PlanCommands commands;
	private final EditingDomain domain;
	private final ItemTexts texts;
	private final Consumer<String> refusals;

	public PlanEdits(ImplementationPlan plan, ModelEditing editing, ItemTexts texts, Consumer<String> refusals) {
		this.plan = plan;
		this.editing = editing;
		this.domain = editing.domainFor(plan).orElseThrow();
		this.commands = new PlanCommands(domain);
		this.texts = texts;
		this.refusals = refusals;
	}

	private boolean run(Command command) {
		return editing.execute(plan, command);
	}

	private boolean refuse(String message) {
		refusals.accept(message);
		return false;
	}

	public boolean rename(PlanItem item, String name) {
		return !name.equals(texts.name(item)) && run(TextCommands.setText(item, TextCommands.nameOf(item).orElseThrow(), texts.language(), name));
	}

	public boolean setResponsible(PlanItem item, Person person) {
		return item.getResponsible() != person && run(commands.set(item, Literals.PLAN_ITEM__RESPONSIBLE, person));
	}

	public boolean setStart(PlanItem item, LocalDate start) {
		LocalDate finish = item instanceof Task ? PlanDates.finish(item) : start;
		if (item instanceof Task && finish != null && finish.isBefore(start)) {
			// a new start after the finish keeps the duration
			finish = start.plusDays(Math.max(0, PlanDates.duration(item) - 1));
		}
		return changeDates(item, start, finish);
	}

	public boolean setFinish(PlanItem item, LocalDate finish) {
		LocalDate start = item instanceof Task ? PlanDates.start(item) : finish;
		if (start != null && finish.isBefore(start)) {
			return refuse(NLS.bind(Messages.error_finishBeforeStart, new Object[] { texts.name(item), texts.date(finish), texts.date(start) }));
		}
		return changeDates(item, start == null ? finish : start, finish);
	}

	public boolean setDuration(PlanItem item, int days) {
		if (days < 1) {
			return refuse(NLS.bind(Messages.error_duration, texts.name(item)));
		}
		LocalDate start = PlanDates.start(item);
		return start != null && changeDates(item, start, start.plusDays(days - 1L));
	}

	public boolean setProgress(Task task, int percent) {
		int value = Math.max(0, Math.min(100, percent));
		return task.getProgress() != value && run(commands.set(task, Literals.TASK__PROGRESS, value));
	}

	public boolean setStatus(Milestone milestone, MilestoneStatus status) {
		return milestone.getStatus() != status && run(commands.set(milestone, Literals.MILESTONE__STATUS, status));
	}

	/**
	 * New dates for an item (a work package moves its items along); its successors move as far as
	 * their links require, in the same command. A plan whose links go round in a circle is refused.
	 */
	public boolean changeDates(PlanItem item, LocalDate start, LocalDate finish) {
		if (start.equals(PlanDates.start(item)) && finish.equals(PlanDates.finish(item))) {
			return false;
		}
		if (finish.isBefore(start)) {
			return refuse(NLS.bind(Messages.error_finishBeforeStart, new Object[] { texts.name(item), texts.date(finish), texts.date(start) }));
		}
		LocalDate oldStart = PlanDates.start(item);
		LocalDate oldFinish = PlanDates.finish(item);
		if (oldStart != null && oldFinish != null) {
			try {
				return run(item instanceof Task task ? new Rescheduling().setDates(domain, task, start, finish)
						: new Rescheduling().move(domain, item, ChronoUnit.DAYS.between(oldStart, start)));
			} catch (IllegalStateException refused) { // a DependencyCycleException names the circle
				return refuse(refused.getMessage());
			}
		}
		boolean moved = oldStart != null && oldFinish != null
				&& ChronoUnit.DAYS.between(oldStart, start) == ChronoUnit.DAYS.between(oldFinish, finish);
		String label = NLS.bind(moved ? Messages.command_move : Messages.command_dates, texts.name(item));
		return run(commands.setDates(item, start, finish, label));
	}

	/** Freezes the plan's dates as a new baseline named {@code name}, agreed on {@code date}; returns it, or null. */
	public Baseline freezeBaseline(String name, LocalDate date) {
		if (name == null || name.isBlank()) {
			refuse(Messages.freeze_nameMissing);
			return null;
		}
		int before = plan.getBaselines().size();
		return run(new BaselineFreeze().freeze(domain, plan, name, date)) && plan.getBaselines().size() > before
				? plan.getBaselines().get(plan.getBaselines().size() - 1) : null;
	}

	/** Adds a new item by the selected one; returns it, or null. */
	public PlanItem add(NewItems.Kind kind, PlanItem selected) {
		String name = switch (kind) {
			case WORK_PACKAGE -> Messages.name_workPackage;
			case TASK -> Messages.name_task;
			case MILESTONE -> Messages.name_milestone;
		};
		NewItems items = new NewItems(plan, commands);
		PlanItem item = items.create(kind, name, texts.language(), selected);
		return run(items.place(item, selected)) ? item : null;
	}

	public boolean delete(List<PlanItem> items) {
		return !items.isEmpty() && run(commands.delete(plan, items, NLS.bind(Messages.command_delete, items.size())));
	}

	/** Makes {@code successor} depend on {@code predecessor}; refuses a link to itself, a second link, and a cycle. */
	public boolean link(PlanItem predecessor, PlanItem successor, DependencyType type) {
		if (predecessor == successor) {
			return refuse(Messages.error_linkSelf);
		}
		String from = texts.name(predecessor);
		String to = texts.name(successor);
		for (Dependency dependency : plan.getDependencies()) {
			if (dependency.getPredecessor() == predecessor && dependency.getSuccessor() == successor) {
				return refuse(NLS.bind(Messages.error_linkExists, from, to));
			}
		}
		if (reaches(successor, predecessor)) {
			return refuse(NLS.bind(Messages.error_linkCycle, from, to));
		}
		return run(commands.link(plan, predecessor, successor, type));
	}

	/** Whether {@code target} depends on {@code source}, directly or through others. */
	private boolean reaches(PlanItem source, PlanItem target) {
		Deque<PlanItem> open = new ArrayDeque<>(List.of(source));
		Set<PlanItem> seen = new HashSet<>();
		while (!open.isEmpty()) {
			PlanItem current = open.pop();
			if (current == target) {
				return true;
			}
			if (seen.add(current)) {
				for (Dependency dependency : plan.getDependencies()) {
					if (dependency.getPredecessor() == current && dependency.getSuccessor() != null) {
						open.push(dependency.getSuccessor());
					}
				}
			}
		}
		return false;
	}
}
