package org.tandem.sync.api.git;

import java.util.List;

/**
 * What a synchronisation did. With {@link Outcome#CONFLICTS} the merged files are in the workspace
 * (our values where the sides disagree), nothing was committed or pushed, and {@link #conflicts()}
 * lists what waits for a person, one line each ("path: conflict").
 *
 * @since 0.1
 */
public record SyncResult(Outcome outcome, List<String> conflicts) {

	/** The outcome of a synchronisation. */
	public enum Outcome {
		/** Both sides already had the same changes. */
		UP_TO_DATE,
		/** Only the other side had new changes; they are now in the workspace. */
		RECEIVED,
		/** Only our side had new changes; the remote has them now. */
		SENT,
		/** Both sides had changes; they were merged without conflict (and sent, if there is a remote). */
		MERGED,
		/** Both sides changed the same things differently; nothing was committed or sent. */
		CONFLICTS
	}

	public SyncResult {
		conflicts = List.copyOf(conflicts);
	}

	static SyncResult of(Outcome outcome) {
		return new SyncResult(outcome, List.of());
	}
}
