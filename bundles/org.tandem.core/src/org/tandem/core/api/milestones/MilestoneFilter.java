package org.tandem.core.api.milestones;

import java.util.function.Predicate;

import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;
import org.tandem.model.api.TaskGroup;

/**
 * Narrows the board: by partnership, task group, region and responsible person (each null: any)
 * and by status ({@link Showing}). Immutable; each {@code with} gives a changed copy.
 *
 * @since 0.1
 */
public record MilestoneFilter(Partnership partnership, TaskGroup taskGroup, Region region, Person responsible, Showing showing)
		implements Predicate<TrackedMilestone> {

	/** Lets every milestone through. */
	public static MilestoneFilter all() {
		return new MilestoneFilter(null, null, null, null, Showing.ALL);
	}

	public MilestoneFilter {
		showing = showing == null ? Showing.ALL : showing;
	}

	@Override
	public boolean test(TrackedMilestone tracked) {
		return (partnership == null || partnership == tracked.partnership()) && (taskGroup == null || taskGroup == tracked.taskGroup())
				&& (region == null || region == tracked.region()) && (responsible == null || responsible == tracked.responsible())
				&& showing.test(tracked);
	}

	public MilestoneFilter withPartnership(Partnership value) {
		return new MilestoneFilter(value, taskGroup, region, responsible, showing);
	}

	public MilestoneFilter withTaskGroup(TaskGroup value) {
		return new MilestoneFilter(partnership, value, region, responsible, showing);
	}

	public MilestoneFilter withRegion(Region value) {
		return new MilestoneFilter(partnership, taskGroup, value, responsible, showing);
	}

	public MilestoneFilter withResponsible(Person value) {
		return new MilestoneFilter(partnership, taskGroup, region, value, showing);
	}

	public MilestoneFilter withShowing(Showing value) {
		return new MilestoneFilter(partnership, taskGroup, region, responsible, value);
	}
}
