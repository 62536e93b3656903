package org.tandem.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.milestones.MilestoneFilter;
import org.tandem.model.api.Identified;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TaskGroup;

/**
 * What a status report covers: a partnership (all its task groups) or one task group, with the
 * filter that picks its milestones and the implementation plans whose Gantt charts it shows.
 *
 * @param element the partnership or task group
 * @param name its name
 * @param filter lets its milestones through
 * @param plans the plans of its task groups, in workspace order
 */
public record ReportScope(Identified element, LocalizedText name, MilestoneFilter filter, List<ImplementationPlan> plans) {

	public ReportScope {
		plans = List.copyOf(plans);
	}

	/** The id of the partnership or task group. */
	public String id() {
		return element.getId();
	}

	/** Every partnership of the workspace followed by its task groups. */
	public static List<ReportScope> all(List<EObject> roots) {
		List<ReportScope> scopes = new ArrayList<>();
		for (EObject root : roots) {
			if (root instanceof Partnership partnership) {
				scopes.add(of(roots, partnership));
				partnership.getTaskGroups().forEach(group -> scopes.add(of(roots, group)));
			}
		}
		return scopes;
	}

	/** The partnership or task group with id {@code id}, if the workspace has one. */
	public static Optional<ReportScope> find(List<EObject> roots, String id) {
		return all(roots).stream().filter(scope -> scope.id() != null && scope.id().equals(id)).findFirst();
	}

	private static ReportScope of(List<EObject> roots, Partnership partnership) {
		return new ReportScope(partnership, partnership.getName(), MilestoneFilter.all().withPartnership(partnership),
				plans(roots, partnership.getTaskGroups()));
	}

	private static ReportScope of(List<EObject> roots, TaskGroup group) {
		return new ReportScope(group, group.getName(), MilestoneFilter.all().withTaskGroup(group), plans(roots, List.of(group)));
	}

	private static List<ImplementationPlan> plans(List<EObject> roots, List<TaskGroup> groups) {
		return roots.stream().filter(ImplementationPlan.class::isInstance).map(ImplementationPlan.class::cast)
				.filter(plan -> groups.contains(plan.getTaskGroup())).toList();
	}
}
