package org.tandem.sync.internal.merge;

import java.util.Objects;

/** The three-way rule for one value: what only one side changed wins; what both changed alike is no conflict. */
enum ThreeWay {
	/** Keep our value: we changed it, or nobody did, or both alike. */
	OURS,
	/** Take their value: only they changed it. */
	THEIRS,
	/** Both changed it, differently. */
	CONFLICT;

	/** The decision for base, our and their value (compared with {@code equals}). */
	static ThreeWay decide(Object base, Object ours, Object theirs) {
		if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
			return OURS;
		}
		return Objects.equals(ours, base) ? THEIRS : CONFLICT;
	}
}
