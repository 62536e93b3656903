package org.tandem.io.internal.project;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mpxj.ChildTaskContainer;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.TimeUnit;
import org.tandem.io.internal.People;
import org.tandem.io.internal.Texts;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * Turns an implementation plan into an MPXJ project: work packages become summary tasks spanning
 * their items, tasks run from 08:00 on their first day to 17:00 on their last, milestones sit at
 * 17:00 on their day (done ones 100 % complete, cancelled ones inactive), responsible people
 * become resources, links keep their type and their lag in elapsed days. Every day is a working
 * day in the project's calendar, since Tandem counts calendar days; each task's GUID is its
 * element id.
 */
final class PlanToProject {

	private static final LocalTime MORNING = LocalTime.of(8, 0);
	private static final LocalTime EVENING = LocalTime.of(17, 0);

	private final String language;
	private final ProjectFile project = new ProjectFile();
	private final Map<PlanItem, org.mpxj.Task> tasks = new HashMap<>();
	private final Map<Person, Resource> resources = new HashMap<>();

	PlanToProject(String language) {
		this.language = language;
	}

	ProjectFile convert(ImplementationPlan plan) {
		ProjectCalendar calendar = project.addDefaultBaseCalendar();
		for (DayOfWeek day : DayOfWeek.values()) {
			calendar.setWorkingDay(day, true);
			ProjectCalendarHours hours = calendar.getCalendarHours(day);
			if (hours == null || hours.isEmpty()) {
				hours = hours == null ? calendar.addCalendarHours(day) : hours;
				hours.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
				hours.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
			}
		}
		project.setDefaultCalendar(calendar);
		String name = Texts.write(plan.getName(), language);
		project.getProjectProperties().setName(name);
		project.getProjectProperties().setProjectTitle(name);
		if (plan.getStart() != null) {
			project.getProjectProperties().setStartDate(plan.getStart().atTime(MORNING));
		}
		addAll(project, plan.getItems());
		for (Dependency dependency : plan.getDependencies()) {
			org.mpxj.Task predecessor = tasks.get(dependency.getPredecessor());
			org.mpxj.Task successor = tasks.get(dependency.getSuccessor());
			if (predecessor != null && successor != null) {
				successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor)
						.type(LinkTypes.toProject(dependency.getType()))
						.lag(Duration.getInstance(dependency.getLagDays(), TimeUnit.ELAPSED_DAYS)));
			}
		}
		return project;
	}

	private void addAll(ChildTaskContainer parent, List<PlanItem> items) {
		for (PlanItem item : items) {
			org.mpxj.Task task = parent.addTask();
			tasks.put(item, task);
			task.setName(Texts.write(item.getName(), language));
			String notes = Texts.write(item.getDescription(), language);
			if (!notes.isEmpty()) {
				task.setNotes(notes);
			}
			guid(item, task);
			switch (item) {
			case WorkPackage workPackage -> workPackage(workPackage, task);
			case Task planTask -> task(planTask, task);
			case Milestone milestone -> milestone(milestone, task);
			default -> { /* another kind of plan item from a plug-in: its name only */ }
			}
			if (item.getResponsible() != null) {
				task.addResourceAssignment(resource(item.getResponsible()));
			}
		}
	}

	private void workPackage(WorkPackage workPackage, org.mpxj.Task task) {
		addAll(task, workPackage.getChildren());
		LocalDateTime start = null;
		LocalDateTime finish = null;
		for (org.mpxj.Task child : task.getChildTasks()) {
			start = child.getStart() != null && (start == null || child.getStart().isBefore(start)) ? child.getStart() : start;
			finish = child.getFinish() != null && (finish == null || child.getFinish().isAfter(finish)) ? child.getFinish() : finish;
		}
		task.setStart(start);
		task.setFinish(finish);
		if (start != null && finish != null) {
			task.setDuration(Duration.getInstance(days(start.toLocalDate(), finish.toLocalDate()), TimeUnit.DAYS));
		}
	}

	private static void task(Task planTask, org.mpxj.Task task) {
		if (planTask.getStart() != null) {
			task.setStart(planTask.getStart().atTime(MORNING));
		}
		if (planTask.getFinish() != null) {
			task.setFinish(planTask.getFinish().atTime(EVENING));
		}
		if (planTask.getStart() != null && planTask.getFinish() != null) {
			task.setDuration(Duration.getInstance(days(planTask.getStart(), planTask.getFinish()), TimeUnit.DAYS));
		}
		task.setPercentageComplete(Integer.valueOf(planTask.getProgress()));
		if (planTask.getEffort() > 0) {
			task.setWork(Duration.getInstance(planTask.getEffort(), TimeUnit.DAYS));
		}
	}

	private static void milestone(Milestone milestone, org.mpxj.Task task) {
		task.setMilestone(true);
		if (milestone.getPlanned() != null) {
			task.setStart(milestone.getPlanned().atTime(EVENING));
			task.setFinish(milestone.getPlanned().atTime(EVENING));
		}
		task.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
		if (milestone.getStatus() == MilestoneStatus.DONE) {
			task.setPercentageComplete(Integer.valueOf(100));
			if (milestone.getActual() != null) {
				task.setActualStart(milestone.getActual().atTime(EVENING));
				task.setActualFinish(milestone.getActual().atTime(EVENING));
			}
		} else {
			task.setPercentageComplete(Integer.valueOf(0));
		}
		task.setActive(milestone.getStatus() != MilestoneStatus.CANCELLED);
	}

	private Resource resource(Person person) {
		return resources.computeIfAbsent(person, p -> {
			Resource resource = project.addResource();
			resource.setName(People.name(p));
			return resource;
		});
	}

	private static void guid(PlanItem item, org.mpxj.Task task) {
		try {
			task.setGUID(UUID.fromString(item.getId()));
		} catch (IllegalArgumentException | NullPointerException e) {
			// an id that is no UUID (a plug-in's, or a hand-written file's) leaves the GUID to MPXJ
		}
	}

	private static long days(LocalDate first, LocalDate last) {
		return Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
	}
}
