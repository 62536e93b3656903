package org.tandem.core.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TaskGroup;

/** Open and late milestones and the last activity of the demo workspace's task groups, on chosen days. */
class TaskGroupTrackingTest {

	private TaskGroupTracking tracking;
	private TaskGroup energy;
	private TaskGroup water;

	@BeforeEach
	void openDemo(@TempDir Path folder) throws IOException {
		DemoWorkspace.create(folder);
		List<EObject> roots = ModelWorkspace.open(folder, new ModelFiles()).roots();
		tracking = new TaskGroupTracking(roots);
		Partnership rnu = roots.stream().filter(Partnership.class::isInstance).map(Partnership.class::cast)
				.filter(p -> p.getTaskGroups().size() == 2 && "energy-efficiency".equals(p.getTaskGroups().get(0).getDomain())).findFirst()
				.orElseThrow();
		energy = rnu.getTaskGroups().get(0);
		water = rnu.getTaskGroups().get(1);
	}

	@Test
	void milestonesComeFromThePlansThatNameTheGroup() {
		assertEquals(1, tracking.plans(water).size());
		assertEquals(List.of("M1", "M2", "M3", "M4"), names(tracking.milestones(water)));
		assertEquals(List.of("M1", "M2"), names(tracking.milestones(energy)));
	}

	@Test
	void onADayLateIn2026() {
		TaskGroupHealth health = tracking.health(water, LocalDate.parse("2026-11-23"));
		assertEquals(List.of("M2", "M3", "M4"), names(health.open()), "M1 was done in 2024");
		assertEquals(List.of("M3"), names(health.late()), "the mid-term review was planned for June 2026");
		assertEquals(Optional.of(LocalDate.parse("2025-10-22")), health.lastActivity());
		assertEquals(Optional.of(LocalDate.parse("2025-06-09")), tracking.health(energy, LocalDate.parse("2026-11-23")).lastActivity());
	}

	@Test
	void aMilestoneDoneLateWasOpenAndLateUntilItsActualDay() {
		TaskGroupHealth beforeDone = tracking.health(water, LocalDate.parse("2024-12-18"));
		assertEquals(List.of("M1", "M2", "M3", "M4"), names(beforeDone.open()));
		assertEquals(List.of("M1"), names(beforeDone.late()));
		assertEquals(List.of("M2", "M3", "M4"), names(tracking.health(water, LocalDate.parse("2024-12-20")).open()),
				"done on its actual day");
		assertEquals(List.of(), names(tracking.health(water, LocalDate.parse("2024-12-15")).late()), "due on that day is not late yet");
	}

	@Test
	void lastActivityIgnoresActivitiesAfterTheDay() {
		assertEquals(Optional.empty(), tracking.health(energy, LocalDate.parse("2024-01-01")).lastActivity());
		assertEquals(Optional.of(LocalDate.parse("2024-09-16")), tracking.health(energy, LocalDate.parse("2025-06-08")).lastActivity());
	}

	@Test
	void cancelledAndUndatedDoneMilestonesAreNeverOpen() {
		Milestone milestone = TandemFactory.eINSTANCE.createMilestone();
		milestone.setPlanned(LocalDate.parse("2025-01-01"));
		LocalDate day = LocalDate.parse("2025-03-01");
		assertTrue(TaskGroupTracking.isLate(milestone, day));
		milestone.setStatus(MilestoneStatus.CANCELLED);
		assertFalse(TaskGroupTracking.isOpen(milestone, day));
		milestone.setStatus(MilestoneStatus.DONE);
		assertFalse(TaskGroupTracking.isOpen(milestone, day));
		milestone.setActual(LocalDate.parse("2025-04-01"));
		assertTrue(TaskGroupTracking.isLate(milestone, day));
	}

	private static List<String> names(List<Milestone> milestones) {
		return milestones.stream().map(m -> m.getName().getText("en").split(" ")[0]).toList();
	}
}
