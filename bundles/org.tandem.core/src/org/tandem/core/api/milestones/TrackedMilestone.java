package org.tandem.core.api.milestones;

import java.time.LocalDate;

import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;
import org.tandem.model.api.TaskGroup;

/**
 * A milestone as the board shows it on a day: where it belongs (plan, task group, partnership),
 * who is responsible and their region, its planned day, its day in the chosen baseline and the slip
 * in days (positive: later than agreed; null without a baseline day), its state and light.
 *
 * @since 0.1
 */
public record TrackedMilestone(Milestone milestone, ImplementationPlan plan, TaskGroup taskGroup, Partnership partnership,
		Person responsible, Region region, LocalDate planned, LocalDate baselineDay, Long slipDays, MilestoneState state,
		TrafficLight light) {

	/** Whether it lies later than the chosen baseline agreed (a cancelled milestone never counts as slipped). */
	public boolean isSlipped() {
		return slipDays != null && slipDays > 0 && state != MilestoneState.CANCELLED;
	}
}
