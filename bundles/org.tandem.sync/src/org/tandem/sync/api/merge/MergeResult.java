package org.tandem.sync.api.merge;

import java.util.List;

import org.tandem.model.api.Identified;

/**
 * The outcome of a merge: the merged model (complete, loadable, without dangling references) and
 * the conflicts that a person has to look at, in the order of the model.
 *
 * @since 0.1
 */
public record MergeResult(Identified root, List<Conflict> conflicts) {

	public MergeResult {
		conflicts = List.copyOf(conflicts);
	}

	/** Whether both sides' changes went in without a conflict. */
	public boolean clean() {
		return conflicts.isEmpty();
	}
}
