package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.tandem.model.api.Identified;
import org.tandem.sync.api.merge.Conflict;
import org.tandem.sync.api.merge.ConflictKind;

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

	/** Records a conflict about {@code feature} (null: the element itself) of {@code element}, in one {@code language} of a text (or null). */
	void add(ConflictKind kind, Identified element, EStructuralFeature feature, String language, String base, String ours, String theirs) {
		String label = feature == null ? "" : language == null ? labels.feature(feature) : labels.feature(feature, language); //$NON-NLS-1$
		conflicts.add(new Conflict(kind, element.getId(), labels.of(element), label, base, ours, theirs, feature == null ? "" : feature.getName(), //$NON-NLS-1$
				language == null ? "" : language)); //$NON-NLS-1$
	}

	List<Conflict> conflicts() {
		return conflicts;
	}
}
