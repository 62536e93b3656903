package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.tandem.core.internal.demo.SyntheticWorkspace;

/**
 * {@code benchmark [--elements 10000,100000,200000] [--runs 5]}: generates workspaces of each size
 * and prints load, save and validation times with their ratios to baselines measured in the same
 * run, and the heap per element; {@code --merge N} measures the merge of two edited copies of an
 * N-element plan instead ({@link MergeBenchmark}), {@code --schedule N} the critical path of a plan
 * of about N tasks and milestones ({@link ScheduleBenchmark}), {@code --report N} the PDF status report
 * of N milestones ({@link ReportBenchmark}).
 */
final class BenchmarkCommand extends BaseCommand {

	BenchmarkCommand() {
		super("benchmark", "[--elements N,N,...] [--runs R] [--merge N] [--schedule N] [--report N]", //$NON-NLS-1$ //$NON-NLS-2$
				"measure load, save, validation and heap per element on synthetic workspaces; --merge N: the merge of two edited copies of an N-element plan; --schedule N: the critical path of a plan of N tasks; --report N: the PDF report of N milestones", //$NON-NLS-1$
				Set.of("elements", "runs", "merge", "schedule", "report")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Override
	public int run(Arguments arguments, Console console) throws IOException {
		List<Integer> sizes = new ArrayList<>();
		for (String size : arguments.option("elements", "10000,100000,200000").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			try {
				sizes.add(Integer.parseInt(size.strip().replace("_", ""))); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (NumberFormatException e) {
				throw new UsageException("--elements needs whole numbers separated by commas, not " + size); //$NON-NLS-1$
			}
		}
		int runs = arguments.intOption("runs", 5, 1, 100); //$NON-NLS-1$
		if (arguments.option("merge", null) != null) { //$NON-NLS-1$
			return merge(arguments.intOption("merge", 10_000, 100, 10_000_000), runs, console); //$NON-NLS-1$
		}
		if (arguments.option("schedule", null) != null) { //$NON-NLS-1$
			return schedule(arguments.intOption("schedule", 10_000, 10, 10_000_000), runs, console); //$NON-NLS-1$
		}
		if (arguments.option("report", null) != null) { //$NON-NLS-1$
			return report(arguments.intOption("report", 1_000, 1, 100_000), runs, console); //$NON-NLS-1$
		}
		LoadBenchmark benchmark = new LoadBenchmark(new Stopwatch(2, runs, Stopwatch.WALL));
		console.out().println("parse, load and validation: processor ms (thread and garbage collection); saves: wall-clock ms"); //$NON-NLS-1$
		console.out().printf("%9s %6s | %9s %9s %9s | %8s %8s | %9s %9s %7s | %9s | %9s%n", "elements", "files", "SAX ms", "EMF ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"load ms", "load/SAX", "EMF/SAX", "EMF save", "save ms", "ratio", "valid. ms", "heap B/el"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		for (int size : sizes) {
			Path folder = Files.createTempDirectory("tandem-benchmark-" + size); //$NON-NLS-1$
			try {
				new SyntheticWorkspace(1).generate(folder, size);
				LoadBenchmark.Figures f = benchmark.measure(folder);
				console.out().printf("%9d %6d | %9.1f %9.1f %9.1f | %8.2f %8.2f | %9.1f %9.1f %7.2f | %9.1f | %9.0f%n", f.elements(), f.files(), //$NON-NLS-1$
						f.saxMillis(), f.stockLoadMillis(), f.loadMillis(), f.loadRatio(), f.stockLoadRatio(), f.plainSaveMillis(), f.saveMillis(),
						f.saveRatio(), f.validateMillis(), f.heapBytesPerElement());
			} catch (IOException e) {
				throw e;
			} catch (Exception e) {
				throw new IOException(e);
			} finally {
				delete(folder);
			}
		}
		return ExitCode.OK;
	}

	private static int merge(int elements, int runs, Console console) throws IOException {
		try {
			MergeBenchmark.Figures f = new MergeBenchmark(new Stopwatch(2, runs, Stopwatch.WALL)).measure(elements);
			console.out().printf("merge of two edited copies of a %d-element plan (%d edits on each side, loading one copy %.0f ms): median %.1f ms processor time over %d runs, %d conflicts;" //$NON-NLS-1$
					+ " git merge-file --diff3 on the same three files: %d conflict hunks in %.1f ms%n", //$NON-NLS-1$
					f.elements(), f.editsPerSide(), f.loadMillis(), f.mergeMillis(), runs, f.conflicts(), f.gitHunks(), f.gitMillis());
			return ExitCode.OK;
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException(e);
		}
	}

	private static int schedule(int items, int runs, Console console) throws IOException {
		try {
			ScheduleBenchmark.Figures f = new ScheduleBenchmark(new Stopwatch(2, runs, Stopwatch.WALL)).measure(items);
			console.out().printf("critical path of a plan of %d tasks and milestones with %d dependencies (%d critical): median %.1f ms processor time over %d runs;" //$NON-NLS-1$
					+ " a plain topological sort of the same dependencies %.1f ms (ratio %.2f)%n", f.items(), f.dependencies(), f.critical(), f.scheduleMillis(), runs, //$NON-NLS-1$
					f.sortMillis(), f.scheduleMillis() / f.sortMillis());
			return ExitCode.OK;
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException(e);
		}
	}

	private static int report(int milestones, int runs, Console console) throws IOException {
		try {
			ReportBenchmark.Figures f = new ReportBenchmark(new Stopwatch(1, runs, Stopwatch.WALL)).measure(milestones);
			console.out().printf("PDF status report in Chinese of %d milestones with the Gantt chart of their plan and the trend chart (%d KB): median %.0f ms wall-clock over %d runs;" //$NON-NLS-1$
					+ " the same report without charts (%d KB) %.0f ms (ratio %.2f); target under 5000 ms%n", f.milestones(), f.bytes() / 1024, f.reportMillis(), //$NON-NLS-1$
					runs, f.plainBytes() / 1024, f.plainMillis(), f.reportMillis() / f.plainMillis());
			return ExitCode.OK;
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException(e);
		}
	}

	/** Deletes a folder and what it holds. */
	static void delete(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
