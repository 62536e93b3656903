package org.tandem.cli.internal;

import java.util.Arrays;

/** Times a piece of work several times after warm-up runs and reports the median, in milliseconds. */
final class Stopwatch {

	@FunctionalInterface
	interface Work {
		void run() throws Exception;
	}

	private final int warmups;
	private final int runs;

	Stopwatch(int warmups, int runs) {
		this.warmups = warmups;
		this.runs = runs;
	}

	double medianMillis(Work work) throws Exception {
		for (int i = 0; i < warmups; i++) {
			work.run();
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[runs / 2];
	}
}
