package org.tandem.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.internal.schedule.CriticalPath;
import org.tandem.core.internal.schedule.DependencyCycleException;
import org.tandem.core.internal.schedule.Rescheduling;
import org.tandem.core.internal.schedule.Schedule;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;
import org.tandem.ui.plan.internal.gantt.Row;
import org.tandem.ui.plan.internal.gantt.Zoom;
import org.tandem.ui.plan.internal.table.PlanColumn;

/** The plan editor's scheduling driven with real events: drags push successors, the critical path and float show, baselines are frozen. */
class PlanSchedulingTest {

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

	private CommandStack stack() {
		return harness.editing().stackFor(plan).orElseThrow();
	}

	/** Drags the middle of the bar of {@code task} by {@code days} days on the month zoom; returns the days the drag stands for. */
	private long dragBar(Task task, int days) {
		editor.chart().setZoom(Zoom.MONTH);
		editor.chart().reveal(task.getStart());
		Ui.settle();
		Row row = editor.table().rowOf(task).orElseThrow();
		int x = (editor.chart().scale().x(task.getStart()) + editor.chart().scale().xEnd(task.getFinish())) / 2;
		int dx = (int) Math.round(days * Zoom.MONTH.pixelsPerDay());
		Ui.drag(editor.chart().control(), x, row.middle(), x + dx, row.middle());
		return editor.chart().scale().days(dx);
	}

	@Test
	void draggingABarPushesItsFinishToStartSuccessorInOneUndoableStep() {
		Task tender = (Task) PlanEditors.item(plan, 1, 1);
		Task build = (Task) PlanEditors.item(plan, 1, 2);
		assertTrue(plan.getDependencies().stream().anyMatch(d -> d.getPredecessor() == tender && d.getSuccessor() == build
				&& d.getType() == DependencyType.FINISH_TO_START), "the demo plan links tender and build finish to start");
		LocalDate tenderStart = tender.getStart();
		LocalDate buildStart = build.getStart();
		LocalDate buildFinish = build.getFinish();
		Map<PlanItem, Long> expected = new Rescheduling().shifts(tender, 21);

		long days = dragBar(tender, 21);
		Ui.waitUntil(() -> !tender.getStart().equals(tenderStart), 5, "the moved bar");

		assertEquals(21, days);
		assertTrue(expected.get(build) > 0, "the move breaks the link unless build moves");
		assertEquals(tenderStart.plusDays(21), tender.getStart());
		assertEquals(buildStart.plusDays(expected.get(build)), build.getStart(), "the successor moved as far as its link requires");
		assertEquals(buildFinish.plusDays(expected.get(build)), build.getFinish(), "and kept its length");
		assertTrue(build.getStart().isAfter(tender.getFinish()));

		stack().undo();
		assertEquals(tenderStart, tender.getStart(), "one undo restores the dragged task");
		assertEquals(buildStart, build.getStart(), "and its successor");
		assertEquals(buildFinish, build.getFinish());
	}

	@Test
	void aDragInACircleOfLinksIsRefusedWithTheCycleNamed() {
		Task tender = (Task) PlanEditors.item(plan, 1, 1);
		Task build = (Task) PlanEditors.item(plan, 1, 2);
		Dependency back = TandemFactory.eINSTANCE.createDependency();
		back.setPredecessor(build);
		back.setSuccessor(tender);
		back.setType(DependencyType.FINISH_TO_START);
		harness.editing().execute(plan, AddCommand.create(harness.editing().domainFor(plan).orElseThrow(), plan,
				TandemPackage.Literals.IMPLEMENTATION_PLAN__DEPENDENCIES, back));
		String cycle = assertThrows(DependencyCycleException.class, () -> new CriticalPath().compute(plan)).getMessage();
		LocalDate tenderStart = tender.getStart();
		LocalDate buildStart = build.getStart();
		Ui.settle();
		assertTrue(editor.chart().critical().isEmpty(), "a plan in a circle has no critical path");

		AtomicReference<String> shown = Ui.answerDialog(Messages.error_title, IDialogConstants.OK_LABEL);
		dragBar(tender, 21);
		Ui.waitUntil(() -> shown.get() != null, 10, "the refusal");

		assertEquals(cycle, shown.get(), "the editor shows the cycle's message");
		assertEquals(tenderStart, tender.getStart(), "nothing moved");
		assertEquals(buildStart, build.getStart());
	}

	@Test
	void theCriticalPathIsRedAndTheFloatColumnShowsEachItemsFloat() {
		Schedule schedule = new CriticalPath().compute(plan);
		assertFalse(schedule.criticalPath().isEmpty());
		assertEquals(new HashSet<>(schedule.criticalPath()), editor.chart().critical(), "the chart marks what CriticalPath reports");

		PlanItem critical = schedule.criticalPath().get(0);
		assertEquals(NLS.bind(Messages.float_days, 0), floatShown(critical));
		Task drip = (Task) PlanEditors.item(plan, 1, 3);
		assertTrue(schedule.totalFloat(drip) > 0, "drip irrigation has float");
		assertFalse(editor.chart().critical().contains(drip));
		assertEquals(NLS.bind(Messages.float_days, schedule.totalFloat(drip)), floatShown(drip));
	}

	private String floatShown(PlanItem item) {
		editor.table().reveal(item);
		Ui.settle();
		return editor.table().control().getSelection()[0].getText(PlanColumn.FLOAT.ordinal());
	}

	@Test
	void freezingABaselineAddsItAndShowsIt() {
		int before = plan.getBaselines().size();
		AtomicBoolean blankRefused = new AtomicBoolean();
		AtomicReference<String> proposed = new AtomicReference<>();
		nameTheBaseline("Annual visit 2026", blankRefused, proposed);

		toolItem(Messages.action_freeze).notifyListeners(SWT.Selection, new Event());
		Ui.waitUntil(() -> plan.getBaselines().size() > before, 10, "the new baseline");

		assertEquals(NLS.bind(Messages.freeze_name, LocalDate.now()), proposed.get(), "the dialog proposes a dated name");
		assertTrue(blankRefused.get(), "a blank name cannot be confirmed");
		Baseline frozen = plan.getBaselines().get(before);
		assertEquals("Annual visit 2026", frozen.getName());
		Task tender = (Task) PlanEditors.item(plan, 1, 1);
		assertTrue(tender.getBaselineDates().stream().anyMatch(d -> d.getBaseline() == frozen && tender.getStart().equals(d.getStart())));
		Ui.settle();
		assertEquals(frozen, editor.toolbar().selectedBaseline(), "the new baseline is chosen, so its ghost bars show");

		stack().undo();
		Ui.settle();
		assertEquals(before, plan.getBaselines().size(), "one undo takes the baseline back");
	}

	/** Answers the freeze dialog once it shows: tries a blank name, then types {@code name} and confirms. */
	private void nameTheBaseline(String name, AtomicBoolean blankRefused, AtomicReference<String> proposed) {
		long end = System.nanoTime() + 10_000_000_000L;
		Ui.display().timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : Ui.display().getShells()) {
					if (Messages.freeze_title.equals(shell.getText()) && shell.isVisible()) {
						Text text = Ui.find(shell, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0).orElseThrow();
						Button ok = Ui.find(shell, Button.class, b -> IDialogConstants.OK_LABEL.equals(b.getText())).orElseThrow();
						proposed.set(text.getText());
						text.setText("  ");
						blankRefused.set(!ok.isEnabled());
						text.setText(name);
						ok.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
				if (System.nanoTime() < end) {
					Ui.display().timerExec(50, this);
				}
			}
		});
	}

	private ToolItem toolItem(String text) {
		return PlanEditors.toolItem(harness.shell(), text);
	}
}
