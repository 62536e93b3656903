package org.tandem.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.tandem.model.api.Activity;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;

/**
 * What an export of an element covers: a partnership covers the plans of its task groups and its
 * activities, a task group its plans and the activities it takes part in, a plan its items, a
 * work package the items below it. Plans of a task group are found among the files loaded with
 * the element (a plan names its task group; the group does not hold its plans).
 */
public final class Scope {

	private final EObject element;

	public Scope(EObject element) {
		this.element = element;
	}

	/** Whether this covers any plan items or activities at all. */
	public static boolean covers(EObject element) {
		return element instanceof Partnership || element instanceof TaskGroup || element instanceof ImplementationPlan
				|| element instanceof WorkPackage;
	}

	/** The plans covered, whole. */
	public List<ImplementationPlan> plans() {
		if (element instanceof ImplementationPlan plan) {
			return List.of(plan);
		}
		List<ImplementationPlan> plans = new ArrayList<>();
		if (element instanceof Partnership || element instanceof TaskGroup) {
			for (ImplementationPlan plan : loadedPlans()) {
				TaskGroup group = plan.getTaskGroup();
				if (group == element || group != null && group.eContainer() == element) {
					plans.add(plan);
				}
			}
		}
		return plans;
	}

	/** The plan items covered, depth first in the order of the plans. */
	public List<PlanItem> items() {
		List<PlanItem> items = new ArrayList<>();
		if (element instanceof WorkPackage workPackage) {
			collect(workPackage.getChildren(), items);
		} else {
			plans().forEach(plan -> collect(plan.getItems(), items));
		}
		return items;
	}

	/** The activities covered, in the order of their partnership. */
	public List<Activity> activities() {
		if (element instanceof Partnership partnership) {
			return List.copyOf(partnership.getActivities());
		}
		if (element instanceof TaskGroup group && group.eContainer() instanceof Partnership partnership) {
			return partnership.getActivities().stream().filter(activity -> activity.getTaskGroups().contains(group)).toList();
		}
		return List.of();
	}

	private static void collect(List<PlanItem> level, List<PlanItem> into) {
		for (PlanItem item : level) {
			into.add(item);
			if (item instanceof WorkPackage workPackage) {
				collect(workPackage.getChildren(), into);
			}
		}
	}

	private List<ImplementationPlan> loadedPlans() {
		Resource resource = element.eResource();
		List<ImplementationPlan> plans = new ArrayList<>();
		if (resource == null || resource.getResourceSet() == null) {
			return plans;
		}
		for (Resource file : resource.getResourceSet().getResources()) {
			for (EObject root : file.getContents()) {
				if (root instanceof ImplementationPlan plan) {
					plans.add(plan);
				}
			}
		}
		return plans;
	}
}
