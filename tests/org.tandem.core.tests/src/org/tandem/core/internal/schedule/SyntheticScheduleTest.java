package org.tandem.core.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.SyntheticWorkspace;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;

/** On a generated plan of a few thousand items with every link type: each link holds for the early dates and after a move. */
class SyntheticScheduleTest {

	@TempDir
	Path folder;

	@Test
	void earlyDatesKeepEveryLinkAndFloatIsNeverNegative() throws IOException {
		ImplementationPlan plan = plan();
		Schedule schedule = new CriticalPath().compute(plan);
		Set<DependencyType> types = EnumSet.noneOf(DependencyType.class);
		for (Dependency dependency : plan.getDependencies()) {
			types.add(dependency.getType());
			assertTrue(holds(dependency, schedule.earlyStart(dependency.getPredecessor()), schedule.earlyFinish(dependency.getPredecessor()),
					schedule.earlyStart(dependency.getSuccessor()), schedule.earlyFinish(dependency.getSuccessor())), dependency::toString);
			assertTrue(schedule.totalFloat(dependency.getSuccessor()) >= 0);
		}
		assertEquals(EnumSet.allOf(DependencyType.class), types);
		assertFalse(schedule.criticalPath().isEmpty());
	}

	@Test
	void afterAMoveEveryLinkFromAMovedItemHolds() throws IOException {
		ImplementationPlan plan = plan();
		TestPlan editing = new TestPlan();
		PlanItem moved = plan.getDependencies().get(0).getPredecessor();
		Map<PlanItem, Long> shifts = new Rescheduling().shifts(moved, 200);
		editing.domain.getCommandStack().execute(new Rescheduling().move(editing.domain, moved, 200));
		assertTrue(shifts.size() > 1, "successors moved");
		for (Dependency dependency : plan.getDependencies()) {
			if (shifts.containsKey(dependency.getPredecessor())) {
				PlanItem p = dependency.getPredecessor();
				PlanItem q = dependency.getSuccessor();
				assertTrue(holds(dependency, start(p), finish(p), start(q), finish(q)), dependency::toString);
			}
		}
	}

	private ImplementationPlan plan() throws IOException {
		Path file = new SyntheticWorkspace(7).generatePlan(folder, 20_000);
		return (ImplementationPlan) new ModelFiles().load(ModelWorkspace.newResourceSet(), file).getContents().get(0);
	}

	/** The link on calendar days, written out apart from the scheduler: a task ends after its last day, a milestone is the end of its day. */
	private static boolean holds(Dependency dependency, LocalDate predecessorStart, LocalDate predecessorFinish, LocalDate successorStart, LocalDate successorFinish) {
		boolean pointBefore = dependency.getPredecessor() instanceof Milestone;
		boolean pointAfter = dependency.getSuccessor() instanceof Milestone;
		long pBegin = predecessorStart.toEpochDay() + (pointBefore ? 1 : 0);
		long pEnd = predecessorFinish.toEpochDay() + 1;
		long qBegin = successorStart.toEpochDay() + (pointAfter ? 1 : 0);
		long qEnd = successorFinish.toEpochDay() + 1;
		int lag = dependency.getLagDays();
		return switch (dependency.getType()) {
		case FINISH_TO_START -> qBegin >= pEnd + lag;
		case START_TO_START -> qBegin >= pBegin + lag;
		case FINISH_TO_FINISH -> qEnd >= pEnd + lag;
		case START_TO_FINISH -> qEnd >= pBegin + lag;
		};
	}

	private static LocalDate start(PlanItem item) {
		return item instanceof Task task ? task.getStart() : ((Milestone) item).getPlanned();
	}

	private static LocalDate finish(PlanItem item) {
		return item instanceof Task task ? task.getFinish() : ((Milestone) item).getPlanned();
	}
}
