package org.tandem.core.internal.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.BaselineDate;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;

/**
 * Compares a plan with one of its baselines: for each milestone and task, how many days its
 * finish (a milestone's planned day) has slipped since the baseline was frozen; items that the
 * baseline does not hold are new.
 */
public final class BaselineComparison {

	/**
	 * One item against the baseline: its finish then and now, and the slip in days (positive: later
	 * than agreed); {@code baselineFinish} is null for an item that is new since the baseline, and
	 * {@code slipDays} is null when either date is missing.
	 */
	public record Slip(PlanItem item, LocalDate baselineFinish, LocalDate currentFinish, Long slipDays, boolean isNew) {
	}

	/** The milestones and tasks of {@code plan}, in plan order, against {@code baseline}. */
	public List<Slip> compare(ImplementationPlan plan, Baseline baseline) {
		List<Slip> slips = new ArrayList<>();
		for (TreeIterator<EObject> all = plan.eAllContents(); all.hasNext();) {
			switch (all.next()) {
			case Milestone milestone -> slips.add(slip(milestone, milestone.getPlanned(), baseline));
			case Task task -> slips.add(slip(task, task.getFinish(), baseline));
			default -> {
				// work packages span their items
			}
			}
		}
		return slips;
	}

	/** Only the milestones. */
	public List<Slip> milestones(ImplementationPlan plan, Baseline baseline) {
		return compare(plan, baseline).stream().filter(slip -> slip.item() instanceof Milestone).toList();
	}

	/** One milestone against {@code baseline}. */
	public Slip milestone(Milestone milestone, Baseline baseline) {
		return slip(milestone, milestone.getPlanned(), baseline);
	}

	private static Slip slip(PlanItem item, LocalDate current, Baseline baseline) {
		for (BaselineDate dates : item.getBaselineDates()) {
			if (dates.getBaseline() == baseline) {
				LocalDate agreed = dates.getFinish() != null ? dates.getFinish() : dates.getStart();
				Long days = agreed == null || current == null ? null : ChronoUnit.DAYS.between(agreed, current);
				return new Slip(item, agreed, current, days, false);
			}
		}
		return new Slip(item, null, current, null, true);
	}
}
