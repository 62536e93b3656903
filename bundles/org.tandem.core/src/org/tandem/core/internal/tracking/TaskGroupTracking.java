package org.tandem.core.internal.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.tandem.model.api.Activity;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TaskGroup;

/**
 * The health of task groups, computed from the workspace's roots: the milestones of the
 * implementation plans that name the group ({@link ImplementationPlan#getTaskGroup()}) and the
 * activities of its partnership that name it. The day is always passed in, so the figures for any
 * day can be asked for (and tested).
 * <p>
 * A milestone is <em>open</em> on a day unless it is cancelled, or done on or before that day (a
 * milestone done without an actual date counts as done on every day). An open milestone is
 * <em>late</em> when its planned day lies before that day.
 */
public final class TaskGroupTracking {

	private final List<EObject> roots;

	/** Tracks the task groups of the workspace whose root elements are {@code roots}. */
	public TaskGroupTracking(List<EObject> roots) {
		this.roots = roots;
	}

	/** How {@code group} stands on {@code day}. */
	public TaskGroupHealth health(TaskGroup group, LocalDate day) {
		List<Milestone> open = milestones(group).stream().filter(m -> isOpen(m, day)).toList();
		List<Milestone> late = open.stream().filter(m -> isLate(m, day)).toList();
		return new TaskGroupHealth(open, late, lastActivity(group, day));
	}

	/** The implementation plans of {@code group}. */
	public List<ImplementationPlan> plans(TaskGroup group) {
		return roots.stream().filter(ImplementationPlan.class::isInstance).map(ImplementationPlan.class::cast)
				.filter(plan -> plan.getTaskGroup() == group).toList();
	}

	/** Every milestone of every plan of {@code group}, in plan order. */
	public List<Milestone> milestones(TaskGroup group) {
		List<Milestone> milestones = new ArrayList<>();
		for (ImplementationPlan plan : plans(group)) {
			for (TreeIterator<EObject> all = plan.eAllContents(); all.hasNext();) {
				if (all.next() instanceof Milestone milestone) {
					milestones.add(milestone);
				}
			}
		}
		return milestones;
	}

	/** Whether {@code milestone} is still to be reached on {@code day}. */
	public static boolean isOpen(Milestone milestone, LocalDate day) {
		return switch (milestone.getStatus()) {
			case CANCELLED -> false;
			case DONE -> milestone.getActual() != null && milestone.getActual().isAfter(day);
			case OPEN -> milestone.getActual() == null || milestone.getActual().isAfter(day);
		};
	}

	/** Whether {@code milestone} is open on {@code day} although it was planned for an earlier day. */
	public static boolean isLate(Milestone milestone, LocalDate day) {
		return isOpen(milestone, day) && milestone.getPlanned() != null && milestone.getPlanned().isBefore(day);
	}

	/** The first day of the latest activity of {@code group} that began on or before {@code day}. */
	public Optional<LocalDate> lastActivity(TaskGroup group, LocalDate day) {
		if (!(group.eContainer() instanceof Partnership partnership)) {
			return Optional.empty();
		}
		return partnership.getActivities().stream().filter(a -> a.getTaskGroups().contains(group)).map(Activity::getStart)
				.filter(Objects::nonNull).filter(start -> !start.isAfter(day)).max(LocalDate::compareTo);
	}
}
