package org.tandem.core.internal.schedule;

import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/** Builds small plans for the scheduling tests, and an editing domain with its own command stack. */
class TestPlan {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	final ImplementationPlan plan = F.createImplementationPlan();
	final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(ItemProviders.create(), new BasicCommandStack());

	TestPlan() {
		plan.setName(text("Plan"));
	}

	WorkPackage workPackage(String name) {
		WorkPackage workPackage = F.createWorkPackage();
		workPackage.setName(text(name));
		plan.getItems().add(workPackage);
		return workPackage;
	}

	Task task(WorkPackage parent, String name, String start, String finish) {
		Task task = F.createTask();
		task.setName(text(name));
		task.setStart(LocalDate.parse(start));
		task.setFinish(LocalDate.parse(finish));
		parent.getChildren().add(task);
		return task;
	}

	Milestone milestone(WorkPackage parent, String name, String planned) {
		Milestone milestone = F.createMilestone();
		milestone.setName(text(name));
		milestone.setPlanned(LocalDate.parse(planned));
		parent.getChildren().add(milestone);
		return milestone;
	}

	Dependency depend(PlanItem predecessor, PlanItem successor, DependencyType type, int lagDays) {
		Dependency dependency = F.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setSuccessor(successor);
		dependency.setType(type);
		dependency.setLagDays(lagDays);
		plan.getDependencies().add(dependency);
		return dependency;
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	private static LocalizedText text(String name) {
		LocalizedText text = F.createLocalizedText();
		text.setText("en", name);
		return text;
	}
}
