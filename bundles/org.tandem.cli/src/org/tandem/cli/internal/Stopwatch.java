package org.tandem.cli.internal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times a piece of work several times after warm-up runs and reports the median, in milliseconds,
 * on one of two clocks: the wall clock, or the processor time of the measuring thread plus the time
 * of garbage collections (which a busy machine disturbs far less: other processes do not add to it).
 */
final class Stopwatch {

	/** Nanoseconds on the wall clock. */
	static final LongSupplier WALL = System::nanoTime;

	/** Nanoseconds of processor time of the calling thread, plus those spent in garbage collection. */
	static final LongSupplier PROCESSOR = new LongSupplier() {
		private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

		@Override
		public long getAsLong() {
			long gcMillis = 0;
			for (GarbageCollectorMXBean collector : collectors) {
				gcMillis += Math.max(0, collector.getCollectionTime());
			}
			return threads.getCurrentThreadCpuTime() + gcMillis * 1_000_000;
		}
	};

	@FunctionalInterface
	interface Work {
		void run() throws Exception;
	}

	private final int warmups;
	private final int runs;
	private final LongSupplier clock;

	Stopwatch(int warmups, int runs, LongSupplier clock) {
		this.warmups = warmups;
		this.runs = runs;
		this.clock = clock;
	}

	/** The same number of runs on another clock. */
	Stopwatch on(LongSupplier otherClock) {
		return new Stopwatch(warmups, runs, otherClock);
	}

	double medianMillis(Work work) throws Exception {
		return medianMillis(new Work[] { work })[0];
	}

	/**
	 * The median time of each piece of work, run in turn (first, second, ..., first, second, ...),
	 * so that a machine that gets busier or quieter during the measurement affects each alike.
	 */
	double[] medianMillis(Work... works) throws Exception {
		for (int i = 0; i < warmups; i++) {
			for (Work work : works) {
				work.run();
			}
		}
		double[][] times = new double[works.length][runs];
		for (int i = 0; i < runs; i++) {
			for (int w = 0; w < works.length; w++) {
				long start = clock.getAsLong();
				works[w].run();
				times[w][i] = (clock.getAsLong() - start) / 1e6;
			}
		}
		double[] medians = new double[works.length];
		for (int w = 0; w < works.length; w++) {
			Arrays.sort(times[w]);
			medians[w] = times[w][runs / 2];
		}
		return medians;
	}
}
