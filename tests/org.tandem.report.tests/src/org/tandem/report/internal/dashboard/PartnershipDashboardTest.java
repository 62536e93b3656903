package org.tandem.report.internal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.indicators.IndicatorProgress;
import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.core.api.milestones.TrafficLight;
import org.tandem.model.api.Activity;
import org.tandem.model.api.Partnership;
import org.tandem.report.internal.DemoRoots;

/** The dashboard of the demo's Rhine-Neckar – Urumqi partnership on 23 November 2026. */
class PartnershipDashboardTest {

	static final LocalDate DAY = LocalDate.parse("2026-11-23");

	@TempDir
	Path folder;
	private List<EObject> roots;
	private Partnership rhineNeckar;

	@BeforeEach
	void openDemo() throws IOException {
		roots = DemoRoots.open(folder);
		rhineNeckar = DemoRoots.rhineNeckar(roots);
	}

	@Test
	void milestoneCountsAndListsOfThePartnershipOnly() {
		PartnershipDashboard dashboard = PartnershipDashboard.of(roots, rhineNeckar, DAY);
		assertEquals(new MilestoneCounts(6, 2, 1, 0, 1, 2, 0, 4), dashboard.counts());
		assertEquals(List.of("M3 Mid-term review at the 2026 annual visit"), names(dashboard.overdue()));
		List<TrackedMilestone> next = dashboard.next();
		assertEquals(3, next.size(), names(next).toString());
		assertTrue(next.get(0).planned().isBefore(next.get(1).planned()), "by planned day");
		assertEquals(TrafficLight.RED, next.get(0).light(), "the reclaimed water plant slipped 91 days");
		assertTrue(next.stream().allMatch(t -> t.partnership() == rhineNeckar && t.state().isOpen()));
	}

	@Test
	void indicatorsByRegionInTheRegionsOrder() {
		PartnershipDashboard dashboard = PartnershipDashboard.of(roots, rhineNeckar, DAY);
		assertEquals(rhineNeckar.getRegions(), dashboard.regions().stream().map(RegionProgress::region).toList());
		assertEquals(5, dashboard.regions().stream().mapToInt(r -> r.indicators().size()).sum());
		IndicatorProgress water = dashboard.regions().get(1).indicators().stream()
				.filter(p -> p.indicator().getName().getText("en").startsWith("Industrial water withdrawal, Uchang")).findFirst().orElseThrow();
		assertEquals(2025, water.measuredYear().getAsInt());
		assertEquals(2026, water.targetYear().getAsInt(), "the next target from the day's year on");
		assertEquals((398.6 - 412.0) / (380.0 - 412.0), water.share().getAsDouble(), 1e-9);
	}

	@Test
	void recentActivitiesNewestFirstAndNoneAfterTheDay() {
		List<Activity> recent = PartnershipDashboard.of(roots, rhineNeckar, LocalDate.parse("2025-07-01")).recent();
		assertEquals(List.of("Annual visit 2025 to Mannheim and Heidelberg", "Expert talk on waste heat use", "Annual visit 2024 to Urumqi and Changji"),
				recent.stream().map(a -> a.getName().getText("en")).toList());
	}

	private static List<String> names(List<TrackedMilestone> milestones) {
		return milestones.stream().map(t -> t.milestone().getName().getText("en")).toList();
	}
}
