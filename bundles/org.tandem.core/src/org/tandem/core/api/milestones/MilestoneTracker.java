package org.tandem.core.api.milestones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.tandem.core.internal.schedule.BaselineComparison;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;
import org.tandem.model.api.TaskGroup;

/**
 * The milestones of a whole workspace, across partnerships and task groups, as they stand on a
 * given day against a chosen baseline. A milestone belongs to the task group its plan names
 * ({@link ImplementationPlan#getTaskGroup()}) and to that group's partnership; its region is that
 * of its responsible person (or of the person's organization). The slip compares the planned day
 * with the baseline's, as the plan editor does.
 *
 * @since 0.1
 */
public final class MilestoneTracker {

	private final List<EObject> roots;
	private final BaselineComparison comparison = new BaselineComparison();

	/** Tracks the milestones of the workspace whose root elements are {@code roots}. */
	public MilestoneTracker(List<EObject> roots) {
		this.roots = roots;
	}

	/** Every milestone of every plan, in workspace and plan order, on {@code day} against {@code choice}. */
	public List<TrackedMilestone> track(LocalDate day, BaselineChoice choice) {
		List<TrackedMilestone> tracked = new ArrayList<>();
		for (ImplementationPlan plan : plans()) {
			Optional<Baseline> baseline = choice.in(plan);
			for (TreeIterator<EObject> all = plan.eAllContents(); all.hasNext();) {
				if (all.next() instanceof Milestone milestone) {
					tracked.add(track(plan, milestone, baseline, day));
				}
			}
		}
		return tracked;
	}

	/** The names of all baselines of all plans, oldest first (by the first date a name carries). */
	public List<String> baselineNames() {
		Set<String> names = new LinkedHashSet<>();
		plans().stream().flatMap(plan -> plan.getBaselines().stream())
				.sorted((a, b) -> a.getDate() == null || b.getDate() == null ? 0 : a.getDate().compareTo(b.getDate()))
				.map(Baseline::getName).filter(name -> name != null && !name.isBlank()).forEach(names::add);
		return List.copyOf(names);
	}

	private List<ImplementationPlan> plans() {
		return roots.stream().filter(ImplementationPlan.class::isInstance).map(ImplementationPlan.class::cast).toList();
	}

	private TrackedMilestone track(ImplementationPlan plan, Milestone milestone, Optional<Baseline> baseline, LocalDate day) {
		TaskGroup group = plan.getTaskGroup();
		Partnership partnership = group != null && group.eContainer() instanceof Partnership p ? p : null;
		Person responsible = milestone.getResponsible();
		BaselineComparison.Slip slip = baseline.map(b -> comparison.milestone(milestone, b)).orElse(null);
		LocalDate agreed = slip == null ? null : slip.baselineFinish();
		Long slipDays = slip == null ? null : slip.slipDays();
		MilestoneState state = MilestoneState.of(milestone, day);
		return new TrackedMilestone(milestone, plan, group, partnership, responsible, regionOf(responsible), milestone.getPlanned(),
				agreed, slipDays, state, TrafficLight.of(state, slipDays));
	}

	/** The region of {@code person}, else of their organization; null when neither says. */
	static Region regionOf(Person person) {
		if (person == null) {
			return null;
		}
		if (person.getRegion() != null) {
			return person.getRegion();
		}
		return person.getOrganization() == null ? null : person.getOrganization().getRegion();
	}
}
