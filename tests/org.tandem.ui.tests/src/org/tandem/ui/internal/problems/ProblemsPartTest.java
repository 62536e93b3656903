package org.tandem.ui.internal.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;
import org.tandem.testing.DisplaySynchronize;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;

/** The problems of the demo workspace, validated in a job, again after an edit, sorted and opened. */
class ProblemsPartTest {

	private EditorHarness harness;
	private ProblemsPart part;
	private final List<Object> selected = new ArrayList<>();

	@BeforeEach
	void open(@TempDir Path folder) throws Exception {
		harness = new EditorHarness(folder, 1100, 400);
		harness.context().set(UISynchronize.class, new DisplaySynchronize());
		harness.context().set(ESelectionService.class, (ESelectionService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ESelectionService.class }, (proxy, method, args) -> {
					if (method.getName().equals("setSelection")) {
						selected.add(args[0]);
					}
					return null;
				}));
		part = harness.open(ProblemsPart.class, harness.workspace().roots().get(0));
		Ui.waitUntil(() -> table().getItemCount() > 0, 20, "the first validation");
	}

	@AfterEach
	void close() {
		harness.close();
	}

	private Table table() {
		return part.viewer().getTable();
	}

	private List<Problem> rows() {
		return Arrays.stream(table().getItems()).map(i -> (Problem) i.getData()).toList();
	}

	@Test
	void showsTheWorkspacesProblemsWithSeverityMessageElementAndFile() {
		TableItem first = table().getItem(0);
		assertEquals(4, table().getColumnCount());
		assertEquals(Messages.problems_warning, first.getText(0), "the demo's stale translations are warnings");
		assertTrue(first.getImage(0) != null, "a severity icon");
		assertFalse(first.getText(1).isBlank());
		assertFalse(first.getText(2).isBlank(), "the element");
		assertTrue(first.getText(3).endsWith(".tandem"), first.getText(3));
		assertTrue(harness.part(part).getLabel().contains(String.valueOf(table().getItemCount())), harness.part(part).getLabel());
	}

	@Test
	void anEditIsValidatedAgainAfterAPause() {
		ImplementationPlan plan = (ImplementationPlan) harness.workspace().roots().stream().filter(ImplementationPlan.class::isInstance)
				.findFirst().orElseThrow();
		Task task = (Task) ((WorkPackage) plan.getItems().get(0)).getChildren().get(0);
		harness.editing().execute(task, SetCommand.create(harness.editing().domainFor(task).orElseThrow(), task,
				TandemPackage.Literals.TASK__FINISH, task.getStart().minusDays(1)));
		Ui.waitUntil(() -> rows().stream().anyMatch(p -> p.severity() == Diagnostic.ERROR && p.element() == task), 20,
				"the error about the task that ends before it starts");
		assertEquals(Diagnostic.ERROR, rows().get(0).severity(), "errors come first");
		harness.editing().stackFor(task).orElseThrow().undo();
		Ui.waitUntil(() -> rows().stream().noneMatch(p -> p.severity() == Diagnostic.ERROR), 20, "the error to go after undo");
	}

	@Test
	void sortsByTheClickedColumnBothWays() {
		part.sortBy(3);
		List<String> files = rows().stream().map(Problem::file).toList();
		assertEquals(files.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), files);
		assertTrue(files.stream().distinct().count() > 1, "problems in several files: " + files);
		part.sortBy(3);
		assertEquals(files.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(), rows().stream().map(Problem::file).toList());
	}

	@Test
	void openingAProblemWithoutEditorsSelectsItsElement() {
		Problem problem = rows().get(0);
		part.open(problem);
		assertSame(problem.element(), selected.get(selected.size() - 1));
	}

	@Test
	void validateAllRunsAgainAsAJob() throws Exception {
		int before = table().getItemCount();
		part.validateAll();
		assertTrue(part.running().belongsTo(ValidationJob.class));
		part.running().join(20_000, null);
		Ui.settle();
		assertEquals(before, table().getItemCount());
	}

	@Test
	void aCancelledRunSaysSo() throws Exception {
		Job.getJobManager().suspend();
		try {
			part.validateAll();
			part.running().cancel();
		} finally {
			Job.getJobManager().resume();
		}
		Ui.waitUntil(() -> harness.part(part).getLabel().equals(Messages.problems_titleCancelled), 10, "the cancelled label");
	}

	@Tag("screenshots")
	@Test
	void screenshot() throws Exception {
		Screenshots.save(harness.shell(), "problems");
	}

}
