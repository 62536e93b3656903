package org.tandem.sync.api.merge;

/**
 * What kind of disagreement a {@link Conflict} is.
 *
 * @since 0.1
 */
public enum ConflictKind {
	/** Both sides set the same feature (or the same language of a text) to different values. */
	CHANGED_BOTH,
	/** Our side changed the element (or something in it), their side deleted it: it is kept. */
	CHANGED_HERE_DELETED_THERE,
	/** Their side changed the element (or something in it), our side deleted it: it is kept. */
	DELETED_HERE_CHANGED_THERE,
	/** A reference to an element that the other side deleted: the reference is removed. */
	REFERENCE_TO_DELETED,
	/** Both sides moved the element, to different places: it stays where ours put it. */
	MOVED_BOTH,
	/** Both sides reordered a list differently: our order is kept. */
	REORDERED_BOTH
}
