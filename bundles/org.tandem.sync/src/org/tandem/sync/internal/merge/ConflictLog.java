package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.List;

import org.tandem.model.Identified;
import org.tandem.sync.merge.Conflict;
import org.tandem.sync.merge.ConflictKind;

/** Collects the conflicts of one merge, naming elements with {@link Labels}. */
final class ConflictLog {

	private final Labels labels;
	private final List<Conflict> conflicts = new ArrayList<>();

	ConflictLog(Labels labels) {
		this.labels = labels;
	}

	Labels labels() {
		return labels;
	}

	void add(ConflictKind kind, Identified element, String feature, String base, String ours, String theirs) {
		conflicts.add(new Conflict(kind, element.getId(), labels.of(element), feature, base, ours, theirs));
	}

	List<Conflict> conflicts() {
		return conflicts;
	}
}
