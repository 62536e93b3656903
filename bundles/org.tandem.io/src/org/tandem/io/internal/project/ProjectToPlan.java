package org.tandem.io.internal.project;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.TimeUnit;
import org.tandem.io.internal.ItemSpan;
import org.tandem.io.internal.Messages;
import org.tandem.io.internal.People;
import org.tandem.io.internal.Texts;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * Turns a project read by MPXJ into a new implementation plan: summary tasks become work
 * packages, milestones milestones, other tasks tasks with their dates, progress, effort, notes and
 * one responsible person (named by the first assigned resource); links keep their type and lag in
 * days. What has no place in the plan is listed in {@link #notMapped()}.
 */
final class ProjectToPlan {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	private final ProjectFile project;
	private final Map<org.mpxj.Task, PlanItem> items = new HashMap<>();
	private final List<String> notMapped = new ArrayList<>();
	private final Set<String> assigned = new LinkedHashSet<>();
	private final Texts texts;

	ProjectToPlan(ProjectFile project) {
		this.project = project;
		List<String> all = new ArrayList<>();
		project.getTasks().forEach(task -> {
			all.add(task.getName());
			all.add(task.getNotes());
		});
		this.texts = new Texts(all);
	}

	/** The plan, named {@code name}. */
	ImplementationPlan convert(String name) {
		ImplementationPlan plan = F.createImplementationPlan();
		plan.setName(texts.read(name));
		for (org.mpxj.Task task : project.getChildTasks()) {
			if (isProjectSummary(task)) {
				task.getChildTasks().forEach(child -> plan.getItems().add(item(child)));
			} else {
				plan.getItems().add(item(task));
			}
		}
		items.keySet().forEach(task -> task.getPredecessors().forEach(relation -> link(plan, relation)));
		items.values().forEach(item -> ItemSpan.widen(plan, item));
		for (Resource resource : project.getResources()) {
			if (resource.getName() != null && !resource.getName().isBlank() && !assigned.contains(resource.getName().strip())) {
				notMapped.add(NLS.bind(Messages.resourceUnused, resource.getName().strip()));
			}
		}
		if (project.getTasks().stream().anyMatch(task -> task.getBaselineStart() != null || task.getBaselineFinish() != null)) {
			notMapped.add(Messages.baselinesNotImported);
		}
		return plan;
	}

	List<String> notMapped() {
		return notMapped;
	}

	private static boolean isProjectSummary(org.mpxj.Task task) {
		return task.getID() != null && task.getID().intValue() == 0;
	}

	private PlanItem item(org.mpxj.Task task) {
		PlanItem item;
		if (!task.getChildTasks().isEmpty()) {
			WorkPackage workPackage = F.createWorkPackage();
			task.getChildTasks().forEach(child -> workPackage.getChildren().add(item(child)));
			item = workPackage;
		} else if (task.getMilestone()) {
			item = milestone(task);
		} else {
			item = task(task);
		}
		item.setName(texts.read(task.getName() == null ? "" : task.getName())); //$NON-NLS-1$
		item.setDescription(texts.read(task.getNotes()));
		responsible(task, item);
		items.put(task, item);
		return item;
	}

	private Milestone milestone(org.mpxj.Task task) {
		Milestone milestone = F.createMilestone();
		milestone.setPlanned(day(task.getFinish() != null ? task.getFinish() : task.getStart()));
		if (milestone.getPlanned() == null) {
			notMapped.add(NLS.bind(Messages.noDates, task.getName()));
		}
		if (!task.getActive()) {
			milestone.setStatus(MilestoneStatus.CANCELLED);
		} else if (percent(task) >= 100) {
			milestone.setStatus(MilestoneStatus.DONE);
			milestone.setActual(day(task.getActualFinish()));
		}
		return milestone;
	}

	private Task task(org.mpxj.Task task) {
		Task result = F.createTask();
		result.setStart(day(task.getStart()));
		result.setFinish(day(task.getFinish()));
		if (result.getStart() == null || result.getFinish() == null) {
			notMapped.add(NLS.bind(Messages.noDates, task.getName()));
		}
		result.setProgress(Math.max(0, Math.min(100, (int) Math.round(percent(task)))));
		if (task.getWork() != null && task.getWork().getDuration() > 0) {
			result.setEffort(task.getWork().convertUnits(TimeUnit.DAYS, project.getProjectProperties()).getDuration());
		}
		if (!task.getActive()) {
			notMapped.add(NLS.bind(Messages.inactiveTask, task.getName()));
		}
		return result;
	}

	private void responsible(org.mpxj.Task task, PlanItem item) {
		List<String> names = new ArrayList<>();
		for (ResourceAssignment assignment : task.getResourceAssignments()) {
			Resource resource = assignment.getResource();
			if (resource != null && resource.getName() != null && !resource.getName().isBlank()) {
				names.add(resource.getName().strip());
			}
		}
		if (names.isEmpty()) {
			return;
		}
		assigned.addAll(names);
		item.setResponsible(People.placeholder(names.get(0)));
		if (names.size() > 1) {
			notMapped.add(NLS.bind(Messages.severalResources,
					new Object[] { task.getName(), String.join(", ", names), names.get(0) })); //$NON-NLS-1$
		}
	}

	private void link(ImplementationPlan plan, Relation relation) {
		PlanItem predecessor = items.get(relation.getPredecessorTask());
		PlanItem successor = items.get(relation.getSuccessorTask());
		if (predecessor == null || successor == null) {
			notMapped.add(NLS.bind(Messages.linkOutside, name(relation.getPredecessorTask()), name(relation.getSuccessorTask())));
			return;
		}
		Dependency dependency = F.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setSuccessor(successor);
		dependency.setType(LinkTypes.toTandem(relation.getType()));
		dependency.setLagDays(lagDays(relation));
		plan.getDependencies().add(dependency);
	}

	private int lagDays(Relation relation) {
		org.mpxj.Duration lag = relation.getLag();
		if (lag == null || lag.getDuration() == 0) {
			return 0;
		}
		TimeUnit units = lag.getUnits();
		if (units == TimeUnit.PERCENT || units == TimeUnit.ELAPSED_PERCENT) {
			notMapped.add(NLS.bind(Messages.percentLag, name(relation.getPredecessorTask()), name(relation.getSuccessorTask())));
			return 0;
		}
		if (units == TimeUnit.DAYS || units == TimeUnit.ELAPSED_DAYS) {
			return (int) Math.round(lag.getDuration());
		}
		TimeUnit target = units.name().startsWith("ELAPSED") ? TimeUnit.ELAPSED_DAYS : TimeUnit.DAYS; //$NON-NLS-1$
		return (int) Math.round(lag.convertUnits(target, project.getProjectProperties()).getDuration());
	}

	private static double percent(org.mpxj.Task task) {
		Number percent = task.getPercentageComplete();
		return percent == null ? 0 : percent.doubleValue();
	}

	private static String name(org.mpxj.Task task) {
		return task == null ? "?" : String.valueOf(task.getName()); //$NON-NLS-1$
	}

	private static LocalDate day(LocalDateTime time) {
		return time == null ? null : time.toLocalDate();
	}
}
