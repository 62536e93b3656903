package org.tandem.core.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.schedule.TestPlan.day;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.WorkPackage;

/** Freezing the demo's water plan as a baseline, moving a milestone and comparing. */
class BaselineTest {

	@TempDir
	Path folder;

	/*
	 * M2 (reclaimed water plant, 30 June 2027) moves 30 days to 30 July. Its successor "Teaching
	 * material" (SS 0, from 1 July 2027) moves 30 days; "Roll-out" (SS +60 after it, from 1 Sep 2027)
	 * must begin by 31 July + 60 = 29 Sep: 28 days, so it ends 28 Dec 2028 instead of 30 Nov; M4 (FS
	 * +15 after it, 15 Dec 2028) must be at the end of 28 Dec + 15 days = 12 Jan 2029: 28 days.
	 * Against the 2024 visit's baseline M2 (31 Dec 2026) has slipped 181 + 30 = 211 days.
	 */
	@Test
	void freezeMoveAMilestoneAndCompare() throws IOException {
		ImplementationPlan plan = waterPlan();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(ItemProviders.create(), new BasicCommandStack());
		domain.getCommandStack().execute(new BaselineFreeze().freeze(domain, plan, "Jahresbesuch 2026 / 2026年度互访", day("2026-06-12")));
		Baseline visit2026 = plan.getBaselines().get(2);
		assertEquals("Jahresbesuch 2026 / 2026年度互访", visit2026.getName());
		assertEquals(day("2026-06-12"), visit2026.getDate());
		BaselineComparison comparison = new BaselineComparison();
		assertTrue(comparison.compare(plan, visit2026).stream().allMatch(slip -> slip.slipDays() == 0), "nothing has moved yet");
		assertEquals(12, comparison.compare(plan, visit2026).size(), "8 tasks and 4 milestones");

		Milestone m2 = milestone(plan, "M2");
		domain.getCommandStack().execute(new Rescheduling().move(domain, m2, 30));
		WorkPackage transfer = (WorkPackage) plan.getItems().get(2);
		Milestone m5 = TandemFactory.eINSTANCE.createMilestone();
		m5.setPlanned(day("2028-12-20"));
		transfer.getChildren().add(m5);

		Map<String, Long> slips = new LinkedHashMap<>();
		List<BaselineComparison.Slip> milestones = comparison.milestones(plan, visit2026);
		for (BaselineComparison.Slip slip : milestones.subList(0, 4)) {
			slips.put(slip.item().getName().getText("en").substring(0, 2), slip.slipDays());
		}
		assertEquals(Map.of("M1", 0L, "M2", 30L, "M3", 0L, "M4", 28L), slips);
		assertEquals(day("2029-01-12"), milestones.get(3).currentFinish());
		assertEquals(day("2028-12-15"), milestones.get(3).baselineFinish());
		BaselineComparison.Slip added = milestones.get(4);
		assertTrue(added.isNew());
		assertNull(added.slipDays());
		assertEquals(211L, comparison.milestones(plan, plan.getBaselines().get(0)).get(1).slipDays());
		long tasksMoved = comparison.compare(plan, visit2026).stream().filter(slip -> !(slip.item() instanceof Milestone) && slip.slipDays() != 0).count();
		assertEquals(2, tasksMoved, "teaching material and roll-out");
	}

	@Test
	void undoingAFreezeRemovesTheBaselineAndItsDates() throws IOException {
		ImplementationPlan plan = waterPlan();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(ItemProviders.create(), new BasicCommandStack());
		domain.getCommandStack().execute(new BaselineFreeze().freeze(domain, plan, "2026", day("2026-06-12")));
		assertEquals(3, milestone(plan, "M1").getBaselineDates().size());
		domain.getCommandStack().undo();
		assertEquals(2, plan.getBaselines().size());
		assertEquals(2, milestone(plan, "M1").getBaselineDates().size());
		assertEquals(0, ((PlanItem) ((WorkPackage) plan.getItems().get(0)).getChildren().get(0)).getBaselineDates().size());
	}

	private ImplementationPlan waterPlan() throws IOException {
		DemoWorkspace.create(folder);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		return workspace.roots().stream().filter(ImplementationPlan.class::isInstance).map(ImplementationPlan.class::cast)
				.filter(plan -> plan.getName().getText("en").startsWith("Water")).findFirst().orElseThrow();
	}

	private static Milestone milestone(ImplementationPlan plan, String code) {
		List<Milestone> found = new java.util.ArrayList<>();
		plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof Milestone m && m.getName() != null && m.getName().getText("en").startsWith(code)) {
				found.add(m);
			}
		});
		return found.get(0);
	}
}
