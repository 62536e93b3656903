package org.tandem.ui.plan.internal.model;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * Makes a new work package, task or milestone next to the selected item: inside a selected work
 * package, else after the selected item, else at the end of the plan; dated from the selected
 * item's start (or the plan's), a task ten days long.
 */
public final class NewItems {

	/** The kinds of item a person can add. */
	public enum Kind {
		WORK_PACKAGE, TASK, MILESTONE
	}

	private static final int TASK_DAYS = 10;

	private final ImplementationPlan plan;
	private final PlanCommands commands;

	public NewItems(ImplementationPlan plan, PlanCommands commands) {
		this.plan = plan;
		this.commands = commands;
	}

	/** The item, named {@code name} in {@code language}; not yet in the plan. */
	public PlanItem create(Kind kind, String name, String language, PlanItem selected) {
		LocalDate anchor = selected != null && PlanDates.start(selected) != null ? PlanDates.start(selected)
				: plan.getStart() != null ? plan.getStart() : LocalDate.now();
		PlanItem item = switch (kind) {
			case WORK_PACKAGE -> TandemFactory.eINSTANCE.createWorkPackage();
			case TASK -> {
				Task task = TandemFactory.eINSTANCE.createTask();
				task.setStart(anchor);
				task.setFinish(anchor.plusDays(TASK_DAYS - 1));
				yield task;
			}
			case MILESTONE -> {
				Milestone milestone = TandemFactory.eINSTANCE.createMilestone();
				milestone.setPlanned(selected != null && PlanDates.finish(selected) != null ? PlanDates.finish(selected) : anchor);
				milestone.setStatus(MilestoneStatus.OPEN);
				yield milestone;
			}
		};
		LocalizedText text = TandemFactory.eINSTANCE.createLocalizedText();
		text.setText(language, name);
		item.setName(text);
		return item;
	}

	/** The command that puts {@code item} where the selection says. */
	public Command place(PlanItem item, PlanItem selected) {
		if (selected == null) {
			return commands.add(plan, item, -1);
		}
		if (selected instanceof WorkPackage workPackage && !(item instanceof WorkPackage)) {
			return commands.add(workPackage, item, -1);
		}
		PlanItem anchor = selected;
		if (item instanceof WorkPackage) {
			while (anchor.eContainer() instanceof PlanItem outer) {
				anchor = outer;
			}
		}
		EObject container = anchor.eContainer();
		int index = container instanceof WorkPackage workPackage ? workPackage.getChildren().indexOf(anchor) : plan.getItems().indexOf(anchor);
		return commands.add(container, item, index + 1);
	}
}
