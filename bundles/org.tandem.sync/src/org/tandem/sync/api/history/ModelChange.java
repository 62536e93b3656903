package org.tandem.sync.api.history;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * One change between two versions of a model file, about one element: added, deleted, moved, an
 * attribute or reference set to another value, or one language of a text rewritten or given
 * another translation state. Values and names are as people see them, in the reader's language.
 *
 * @param kind         what changed
 * @param elementId    the id of the element
 * @param holders      the ids of the elements that hold it, nearest first (in the newer version, or the older one when it was deleted)
 * @param elementType  the kind of element ("Milestone")
 * @param elementLabel the element's label
 * @param featureName  the name of the feature in the model, empty for additions, deletions and moves
 * @param feature      the feature as people see it, or empty
 * @param language     the language of a text (ISO code), or empty
 * @param before       the value before (for a move: where it was held), or empty
 * @param after        the value after (for an addition or move: where it is held now), or empty
 *
 * @since 0.1
 */
public record ModelChange(Kind kind, String elementId, List<String> holders, String elementType, String elementLabel, String featureName,
		String feature, String language, String before, String after) {

	/** The kinds of change. */
	public enum Kind {
		ADDED, DELETED, MOVED, CHANGED, TEXT, TEXT_STATE
	}

	private static final int SHORT = 60;

	public ModelChange {
		holders = List.copyOf(holders);
	}

	/** Whether the change is about {@code id} or something it holds. */
	public boolean concerns(String id) {
		return elementId.equals(id) || holders.contains(id);
	}

	/** The change in words, with {@code author} as the one who made it: "Li Wei changed Planned of Milestone „M3“ from … to …". */
	public String sentence(String author) {
		String template = switch (kind) {
		case ADDED -> Messages.added;
		case DELETED -> Messages.deleted;
		case MOVED -> Messages.moved;
		case CHANGED -> before.isEmpty() ? Messages.set : after.isEmpty() ? Messages.cleared : Messages.changed;
		case TEXT -> before.isEmpty() ? Messages.textAdded : after.isEmpty() ? Messages.textRemoved
				: isShort(before) && isShort(after) ? Messages.textChanged : Messages.textRewritten;
		case TEXT_STATE -> Messages.textState;
		};
		String languageName = language.isEmpty() ? "" : Locale.forLanguageTag(language).getDisplayLanguage(); //$NON-NLS-1$
		return NLS.bind(template, new Object[] { author, feature, elementType, elementLabel, oneLine(before), oneLine(after), languageName });
	}

	private static boolean isShort(String text) {
		return text.length() <= SHORT && text.indexOf('\n') < 0;
	}

	private static String oneLine(String value) {
		String line = value.replace('\n', ' ').replace('\r', ' ').strip();
		return line.length() > SHORT + 20 ? line.substring(0, SHORT + 19) + '\u2026' : line;
	}
}
