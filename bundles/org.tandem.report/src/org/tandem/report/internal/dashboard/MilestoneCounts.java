package org.tandem.report.internal.dashboard;

import java.util.List;

import org.tandem.core.api.milestones.Showing;
import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.core.api.milestones.TrafficLight;

/**
 * How many milestones of a partnership stand where on a day: all of them, done, overdue, due
 * within 30 days, slipped against the baseline, and how many show each traffic light.
 */
public record MilestoneCounts(long total, long done, long overdue, long dueWithin30, long slipped, long red, long amber, long green) {

	/** The counts of {@code milestones}. */
	public static MilestoneCounts of(List<TrackedMilestone> milestones) {
		return new MilestoneCounts(milestones.size(), count(milestones, Showing.DONE), count(milestones, Showing.OVERDUE),
				count(milestones, Showing.DUE_30), count(milestones, Showing.SLIPPED), lights(milestones, TrafficLight.RED),
				lights(milestones, TrafficLight.AMBER), lights(milestones, TrafficLight.GREEN));
	}

	/** How many show {@code light}. */
	public long of(TrafficLight light) {
		return switch (light) {
		case RED -> red;
		case AMBER -> amber;
		case GREEN -> green;
		};
	}

	private static long count(List<TrackedMilestone> milestones, Showing showing) {
		return milestones.stream().filter(showing).count();
	}

	private static long lights(List<TrackedMilestone> milestones, TrafficLight light) {
		return milestones.stream().filter(t -> t.light() == light).count();
	}
}
