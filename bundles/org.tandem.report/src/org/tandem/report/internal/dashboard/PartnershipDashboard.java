package org.tandem.report.internal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.indicators.IndicatorProgress;
import org.tandem.core.api.milestones.BaselineChoice;
import org.tandem.core.api.milestones.MilestoneOrder;
import org.tandem.core.api.milestones.MilestoneState;
import org.tandem.core.api.milestones.MilestoneTracker;
import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.model.api.Activity;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Region;

/**
 * What a partnership's dashboard shows on a day: the milestone counts and traffic lights (against
 * each plan's latest baseline), the overdue milestones and the next {@value #NEXT} open ones, the
 * progress of the indicators towards their targets per region as of the day's year, and the
 * {@value #RECENT} latest activities that began by the day.
 */
public record PartnershipDashboard(Partnership partnership, LocalDate day, MilestoneCounts counts, List<TrackedMilestone> overdue,
		List<TrackedMilestone> next, List<RegionProgress> regions, List<Activity> recent) {

	/** How many of the open milestones that are not overdue it lists. */
	public static final int NEXT = 6;
	/** How many activities it lists. */
	public static final int RECENT = 5;

	public PartnershipDashboard {
		overdue = List.copyOf(overdue);
		next = List.copyOf(next);
		regions = List.copyOf(regions);
		recent = List.copyOf(recent);
	}

	/** The dashboard of {@code partnership}, one of the workspace whose roots are {@code roots}, on {@code day}. */
	public static PartnershipDashboard of(List<EObject> roots, Partnership partnership, LocalDate day) {
		List<TrackedMilestone> milestones = new ArrayList<>(new MilestoneTracker(roots).track(day, BaselineChoice.latestOfEachPlan()).stream()
				.filter(t -> t.partnership() == partnership).toList());
		milestones.sort(MilestoneOrder.DATE);
		List<TrackedMilestone> overdue = milestones.stream().filter(t -> t.state() == MilestoneState.OVERDUE).toList();
		List<TrackedMilestone> next = milestones.stream().filter(t -> t.state().isOpen() && t.state() != MilestoneState.OVERDUE).limit(NEXT)
				.toList();
		return new PartnershipDashboard(partnership, day, MilestoneCounts.of(milestones), overdue, next, regions(partnership, day.getYear()),
				recent(partnership, day));
	}

	/** The partnerships of the workspace whose roots are {@code roots}, in workspace order. */
	public static List<Partnership> partnerships(List<EObject> roots) {
		return roots.stream().filter(Partnership.class::isInstance).map(Partnership.class::cast).toList();
	}

	/** The partnership with id {@code id}, if the workspace has one. */
	public static Optional<Partnership> find(List<EObject> roots, String id) {
		return partnerships(roots).stream().filter(p -> p.getId() != null && p.getId().equals(id)).findFirst();
	}

	private static List<RegionProgress> regions(Partnership partnership, int year) {
		List<IndicatorProgress> all = IndicatorProgress.of(partnership, year);
		List<RegionProgress> regions = new ArrayList<>();
		for (Region region : partnership.getRegions()) {
			add(regions, region, all.stream().filter(p -> p.indicator().getRegion() == region).toList());
		}
		add(regions, null, all.stream().filter(p -> !partnership.getRegions().contains(p.indicator().getRegion())).toList());
		return regions;
	}

	private static void add(List<RegionProgress> regions, Region region, List<IndicatorProgress> indicators) {
		if (!indicators.isEmpty()) {
			regions.add(new RegionProgress(region, indicators));
		}
	}

	private static List<Activity> recent(Partnership partnership, LocalDate day) {
		return partnership.getActivities().stream().filter(a -> a.getStart() != null && !a.getStart().isAfter(day))
				.sorted(Comparator.comparing(Activity::getStart).reversed()).limit(RECENT).toList();
	}
}
