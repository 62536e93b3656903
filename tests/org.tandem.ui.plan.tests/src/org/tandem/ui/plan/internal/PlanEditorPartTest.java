package org.tandem.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;
import org.tandem.ui.plan.internal.gantt.Row;
import org.tandem.ui.plan.internal.gantt.TimeScale;
import org.tandem.ui.plan.internal.model.PlanDates;
import org.tandem.ui.plan.internal.table.PlanColumn;

/** The plan editor driven with real mouse and key events: dragging bars, editing cells, adding and linking items, undo, redo, save. */
class PlanEditorPartTest {

	private EditorHarness harness;
	private ImplementationPlan plan;
	private PlanEditorPart editor;

	@BeforeEach
	void open(@TempDir Path folder) throws Exception {
		harness = PlanEditors.harness(folder);
		plan = PlanEditors.waterPlan(harness);
		editor = harness.open(PlanEditorPart.class, plan);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	/** Zooms the chart to months and scrolls to {@code day}. */
	private void showMonths(LocalDate day) {
		editor.chart().setZoom(org.tandem.ui.plan.internal.gantt.Zoom.MONTH);
		editor.chart().reveal(day);
		Ui.settle();
	}

	private CommandStack stack() {
		return harness.editing().stackFor(plan).orElseThrow();
	}

	private Canvas chart() {
		return editor.chart().control();
	}

	/** The middle of the bar of {@code item} on the chart. */
	private int[] barMiddle(PlanItem item) {
		Row row = editor.table().rowOf(item).orElseThrow();
		TimeScale scale = editor.chart().scale();
		return new int[] { (scale.x(PlanDates.start(item)) + scale.xEnd(PlanDates.finish(item))) / 2, row.middle() };
	}

	@Test
	void aGanttDragMovesDates() {
		Task task = (Task) PlanEditors.item(plan, 0, 0);
		LocalDate start = task.getStart();
		LocalDate finish = task.getFinish();
		showMonths(start);
		int[] from = barMiddle(task);
		double pixelsPerDay = editor.chart().zoom().pixelsPerDay();
		int dx = (int) Math.round(21 * pixelsPerDay);

		Ui.drag(chart(), from[0], from[1], from[0] + dx, from[1]);
		Ui.waitUntil(() -> !task.getStart().equals(start), 5, "the moved bar");

		assertEquals(start.plusDays(21), task.getStart(), "the bar moved three weeks");
		assertEquals(finish.plusDays(21), task.getFinish(), "and kept its length");
		assertTrue(harness.part(editor).isDirty(), "the tab shows the unsaved edit");
		stack().undo();
		assertEquals(start, task.getStart());
		assertEquals(finish, task.getFinish());
		stack().redo();
		assertEquals(start.plusDays(21), task.getStart());
	}

	@Test
	void draggingTheFinishOfABarChangesOnlyTheFinish() {
		Task task = (Task) PlanEditors.item(plan, 0, 0);
		LocalDate start = task.getStart();
		LocalDate finish = task.getFinish();
		showMonths(start);
		Row row = editor.table().rowOf(task).orElseThrow();
		int end = editor.chart().scale().xEnd(finish) - 2;
		int dx = (int) Math.round(-30 * editor.chart().zoom().pixelsPerDay());

		Ui.drag(chart(), end, row.middle(), end + dx, row.middle());
		Ui.waitUntil(() -> !task.getFinish().equals(finish), 5, "the new finish");

		assertEquals(start, task.getStart());
		assertEquals(finish.minusDays(30), task.getFinish());
	}

	@Test
	void draggingFromTheLinkHandleOntoAnotherBarMakesADependency() {
		Task data = (Task) PlanEditors.item(plan, 0, 0);
		Milestone report = (Milestone) PlanEditors.item(plan, 0, 2);
		int before = plan.getDependencies().size();
		Row row = editor.table().rowOf(data).orElseThrow();
		int handle = editor.chart().scale().xEnd(data.getFinish()) + 6;
		int[] target = barMiddle(report);

		Ui.drag(chart(), handle, row.middle(), target[0], target[1]);
		Ui.waitUntil(() -> plan.getDependencies().size() > before, 5, "the new dependency");

		assertEquals(before + 1, plan.getDependencies().size());
		Dependency added = plan.getDependencies().get(before);
		assertEquals(data, added.getPredecessor());
		assertEquals(report, added.getSuccessor());
		assertEquals(DependencyType.FINISH_TO_START, added.getType());
		stack().undo();
		assertEquals(before, plan.getDependencies().size());
	}

	@Test
	void editAFieldInPlaceUndoRedoSaveAndReopen() throws Exception {
		PlanItem task = PlanEditors.item(plan, 0, 1);
		String id = task.getId();
		String before = TextCommands.text(task, TandemPackage.Literals.PLAN_ITEM__NAME, "en");
		editor.table().reveal(task);
		Ui.settle();
		org.eclipse.swt.widgets.TreeItem item = editor.table().control().getSelection()[0];
		org.eclipse.swt.graphics.Rectangle cell = item.getBounds(PlanColumn.NAME.ordinal());
		Ui.click(editor.table().control(), cell.x + 40, cell.y + cell.height / 2);
		Ui.waitUntil(() -> editor.cells().editor() instanceof Text, 5, "the name's editor");
		Ui.type("Groundwater model, calibrated");
		Ui.key(SWT.CR, '\r', 0);
		Ui.waitUntil(() -> editor.cells().editor() == null, 5, "the editor to close");

		assertEquals("Groundwater model, calibrated", TextCommands.text(task, TandemPackage.Literals.PLAN_ITEM__NAME, "en"));
		Ui.settle();
		assertEquals("Groundwater model, calibrated", editor.table().control().getSelection()[0].getText(0), "the table shows the edit");
		stack().undo();
		Ui.settle();
		assertEquals(before, TextCommands.text(task, TandemPackage.Literals.PLAN_ITEM__NAME, "en"));
		assertEquals(before, item.getText(0), "undo shows in the table");
		stack().redo();
		editor.save();
		assertFalse(harness.part(editor).isDirty(), "saved");

		ImplementationPlan reread = PlanEditors.waterPlan(reopened());
		assertEquals("Groundwater model, calibrated",
				TextCommands.text(PlanEditors.byId(reread, id), TandemPackage.Literals.PLAN_ITEM__NAME, "en"));
	}

	private EditorHarness reopened() throws Exception {
		harness.reopen();
		return harness;
	}

	@Test
	void editingTheProgressInPlace() {
		Task task = (Task) PlanEditors.item(plan, 1, 1);
		editor.table().reveal(task);
		Ui.settle();
		org.eclipse.swt.widgets.TreeItem item = editor.table().control().getSelection()[0];
		editor.table().control().showColumn(editor.table().control().getColumn(PlanColumn.PROGRESS.ordinal()));
		Ui.settle();
		org.eclipse.swt.graphics.Rectangle cell = item.getBounds(PlanColumn.PROGRESS.ordinal());
		Ui.click(editor.table().control(), cell.x + cell.width / 2, cell.y + cell.height / 2);
		Ui.waitUntil(() -> editor.cells().editor() instanceof org.eclipse.swt.widgets.Spinner, 5, "the progress editor");
		((org.eclipse.swt.widgets.Spinner) editor.cells().editor()).setSelection(95);
		Ui.key(SWT.CR, '\r', 0);
		Ui.waitUntil(() -> editor.cells().editor() == null, 5, "the editor to close");
		assertEquals(95, task.getProgress());
	}

	@Test
	void newMilestonesFromTheToolbarAreNamedInPlaceAndLinked() {
		PlanItem workPackage = PlanEditors.item(plan, 2);
		editor.table().reveal(workPackage);
		int children = ((org.tandem.model.api.WorkPackage) workPackage).getChildren().size();
		toolItem(Messages.action_newMilestone).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Ui.waitUntil(() -> editor.cells().editor() instanceof Text, 5, "the new milestone's name editor");
		Ui.type("M5 Transfer workshop");
		Ui.key(SWT.CR, '\r', 0);
		Ui.waitUntil(() -> editor.cells().editor() == null, 5, "the editor to close");

		assertEquals(children + 1, ((org.tandem.model.api.WorkPackage) workPackage).getChildren().size());
		Milestone added = assertInstanceOf(Milestone.class, ((org.tandem.model.api.WorkPackage) workPackage).getChildren().get(children));
		assertEquals("M5 Transfer workshop", TextCommands.text(added, TandemPackage.Literals.PLAN_ITEM__NAME, "en"));
		assertNotNull(added.getPlanned());

		PlanItem rollout = PlanEditors.item(plan, 2, 1);
		Row row = editor.table().rowOf(rollout).orElseThrow();
		int handle = editor.chart().scale().xEnd(PlanDates.finish(rollout)) + 6;
		int[] to = barMiddle(added);
		Ui.drag(chart(), handle, row.middle(), to[0], to[1]);
		Ui.waitUntil(() -> plan.getDependencies().stream().anyMatch(d -> d.getSuccessor() == added), 5, "the new dependency");
		assertTrue(plan.getDependencies().stream().anyMatch(d -> d.getPredecessor() == rollout && d.getSuccessor() == added),
				"the drag linked the task to the new milestone");

		stack().undo();
		stack().undo();
		assertEquals(children + 1, ((org.tandem.model.api.WorkPackage) workPackage).getChildren().size(), "the name edit is its own step");
		stack().undo();
		assertEquals(children, ((org.tandem.model.api.WorkPackage) workPackage).getChildren().size());
		stack().redo();
		Ui.settle();
		assertEquals(children + 1, ((org.tandem.model.api.WorkPackage) workPackage).getChildren().size());
	}

	@Test
	void deletingAnItemTakesItsDependenciesAlong() {
		PlanItem gis = PlanEditors.item(plan, 0, 1);
		int dependencies = plan.getDependencies().size();
		long touching = plan.getDependencies().stream().filter(d -> d.getPredecessor() == gis || d.getSuccessor() == gis).count();
		assertTrue(touching > 0);
		editor.table().reveal(gis);
		editor.table().control().setFocus();
		Ui.key(SWT.DEL, '\u007f', 0);
		Ui.waitUntil(() -> gis.eContainer() == null, 5, "the deletion");
		assertFalse(plan.eAllContents().hasNext() && PlanEditors.item(plan, 0).eContents().contains(gis));
		assertEquals(dependencies - touching, plan.getDependencies().size());
		stack().undo();
		assertEquals(dependencies, plan.getDependencies().size());
		assertEquals(gis, PlanEditors.item(plan, 0, 1));
	}

	@Test
	void revealSelectsTheItemAndShowsItsBar() {
		Milestone m4 = (Milestone) PlanEditors.item(plan, 2, 2);
		editor.reveal(m4);
		Ui.settle();
		assertEquals(java.util.List.of(m4), editor.table().selection());
		int x = editor.chart().scale().x(m4.getPlanned());
		assertTrue(x >= 0 && x < chart().getClientArea().width, "the milestone's diamond is in view at " + x);
	}

	private ToolItem toolItem(String text) {
		return PlanEditors.toolItem(harness.shell(), text);
	}
}
