package org.tandem.sync.api.merge;

import org.eclipse.osgi.util.NLS;

/**
 * A disagreement between the two sides of a merge that the merge did not decide: the merged model
 * keeps our value, and the conflict names the element, the feature and the values of base, ours
 * and theirs, so that a person can decide.
 *
 * @param kind         what kind of conflict
 * @param elementId    the id of the element concerned
 * @param elementLabel the element as people see it
 * @param feature      the feature concerned, as people see it (with the language for a text), or empty
 * @param base         the value in the common base, as text
 * @param ours         our value, as text
 * @param theirs       their value, as text
 * @param featureName  the name of the feature in the model, or empty when the conflict is about the element itself
 * @param language     the language of a text's translation that the conflict is about, or empty
 *
 * @since 0.1
 */
public record Conflict(ConflictKind kind, String elementId, String elementLabel, String feature, String base, String ours,
		String theirs, String featureName, String language) {

	/** The conflict in one line, in the reader's language. */
	public String message() {
		String template = switch (kind) {
		case CHANGED_BOTH -> Messages.changedBoth;
		case CHANGED_HERE_DELETED_THERE -> Messages.changedHereDeletedThere;
		case DELETED_HERE_CHANGED_THERE -> Messages.deletedHereChangedThere;
		case REFERENCE_TO_DELETED -> Messages.referenceToDeleted;
		case MOVED_BOTH -> Messages.movedBoth;
		case REORDERED_BOTH -> Messages.reorderedBoth;
		};
		return NLS.bind(template, new Object[] { elementLabel, feature, oneLine(ours), oneLine(theirs), oneLine(base), elementId });
	}

	/** A value shortened to one line for messages. */
	private static String oneLine(String value) {
		String line = value == null ? "" : value.replace('\n', ' ').replace('\r', ' ').strip(); //$NON-NLS-1$
		return line.length() > 80 ? line.substring(0, 79) + '\u2026' : line;
	}

	@Override
	public String toString() {
		return message();
	}
}
