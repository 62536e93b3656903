package org.tandem.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.WorkPackage;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;
import org.tandem.ui.plan.internal.table.ItemTexts;
import org.tandem.ui.plan.internal.table.PlanColumn;

/**
 * How fast the plan editor is with 5,000 tasks: opening the plan (until table and chart are
 * painted) against filling a plain SWT table with the same rows, and a full repaint of the Gantt
 * chart against painting an empty canvas of the same size. Prints medians and ratios (and writes
 * them to target/benchmark/plan-editor.txt); asserts no time. Runs only when TANDEM_BENCHMARK=1
 * (see CONTRIBUTING.md).
 */
@Tag("benchmark")
@EnabledIfEnvironmentVariable(named = "TANDEM_BENCHMARK", matches = "1")
class PlanEditorBenchmark {

	private static final int TASKS = 5_000;
	private static final int OPEN_RUNS = 7;
	private static final int PAINT_RUNS = 25;

	@Test
	void openAndRepaintAPlanOfFiveThousandTasks(@TempDir Path demo, @TempDir Path synthetic) throws IOException {
		ImplementationPlan plan = LargePlan.withTasks(synthetic, TASKS);
		assertEquals(TASKS, LargePlan.count(plan));
		List<String> report = new ArrayList<>();
		try (EditorHarness harness = new EditorHarness(demo, 1500, 900)) {
			long open = median(OPEN_RUNS, () -> timeOpen(harness, plan));
			long table = median(OPEN_RUNS, () -> timePlainTable(harness.shell(), plan));
			report.add(line("open a plan of 5,000 tasks in the editor", open, "fill a plain SWT Table with its 5,000 rows", table));

			PlanEditorPart editor = harness.open(PlanEditorPart.class, plan);
			editor.chart().reveal(LocalDate.of(2026, 1, 1));
			Canvas chart = editor.chart().control();
			long repaint = median(PAINT_RUNS, () -> timePaint(chart));
			Shell other = new Shell(harness.shell().getDisplay());
			other.setLayout(new FillLayout());
			Canvas empty = new Canvas(other, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
			empty.addListener(SWT.Paint, event -> event.gc.fillRectangle(empty.getClientArea()));
			other.setSize(chart.getSize());
			other.open();
			Ui.settle();
			long emptyPaint = median(PAINT_RUNS, () -> timePaint(empty));
			other.dispose();
			report.add(line("full repaint of the Gantt chart (" + chart.getSize().x + " x " + chart.getSize().y + " px, " + editor.table().visibleRows().size() + " rows)", repaint,
					"paint an empty canvas of the same size", emptyPaint));
			Screenshots.save(harness.shell(), "plan-editor-5000-tasks");
		}
		report.forEach(System.out::println);
		Path file = Path.of("target", "benchmark", "plan-editor.txt");
		Files.createDirectories(file.getParent());
		Files.write(file, report);
	}

	private static long timeOpen(EditorHarness harness, ImplementationPlan plan) {
		long start = System.nanoTime();
		PlanEditorPart editor = harness.open(PlanEditorPart.class, plan);
		editor.table().control().update();
		editor.chart().control().update();
		long time = System.nanoTime() - start;
		Composite composite = editor.table().control().getParent().getParent();
		harness.part(editor).getContext().dispose();
		composite.dispose();
		return time;
	}

	private static long timePlainTable(Shell shell, ImplementationPlan plan) {
		ItemTexts texts = new ItemTexts(Locale.getDefault(), LocalDate.now());
		long start = System.nanoTime();
		Composite composite = new Composite(shell, SWT.NONE);
		composite.setLayout(new FillLayout());
		Table table = new Table(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		for (PlanColumn column : PlanColumn.values()) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column.title());
			tableColumn.setWidth(column.width());
		}
		for (PlanItem item : plan.getItems()) {
			for (PlanItem child : ((WorkPackage) item).getChildren()) {
				new TableItem(table, SWT.NONE).setText(texts.row(child));
			}
		}
		shell.layout(true, true);
		table.update();
		Ui.settle();
		long time = System.nanoTime() - start;
		composite.dispose();
		return time;
	}

	/**
	 * Paints the whole canvas once, the way the toolkit does (background, paint listeners), into an
	 * image of its size: GTK paints a redrawn control only at its next frame, so redraw and update
	 * would not time the painting.
	 */
	private static long timePaint(Canvas canvas) {
		Point size = canvas.getSize();
		Image image = new Image(canvas.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			long start = System.nanoTime();
			canvas.print(gc);
			return System.nanoTime() - start;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static long median(int runs, LongSupplier run) {
		run.getAsLong(); // warm-up
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			times[i] = run.getAsLong();
		}
		Arrays.sort(times);
		return times[runs / 2];
	}

	private static String line(String what, long nanos, String baseline, long baselineNanos) {
		return String.format(Locale.ROOT, "%s: median %.3f ms; %s: median %.3f ms; ratio %.2f", what, nanos / 1e6, baseline,
				baselineNanos / 1e6, (double) nanos / baselineNanos);
	}
}
