package org.tandem.core.api.progress;

import java.util.concurrent.CancellationException;

/**
 * What long work in core (loading a workspace, validating it) reports to whoever runs it, and
 * how it learns that it is to stop, without core knowing about jobs or widgets. The UI adapts a
 * job's progress monitor to it.
 *
 * @since 0.1
 */
public interface Progress {

	/** Progress that nobody watches and that is never cancelled. */
	Progress NONE = new Progress() {
		@Override
		public void begin(String task, int steps) {
		}

		@Override
		public void step(String detail) {
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/** The work starts: {@code steps} steps of {@code task}. */
	void begin(String task, int steps);

	/** The next step starts, named by {@code detail}; it counts as one of the steps done. */
	void step(String detail);

	/** Whether the work is to stop. */
	boolean isCancelled();

	/** Stops the work by a {@link CancellationException} when it is to stop. */
	default void checkCancelled() {
		if (isCancelled()) {
			throw new CancellationException();
		}
	}
}
