package org.tandem.sync.internal.merge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Translation;
import org.tandem.model.api.TranslationState;

/** One language of a {@link LocalizedText}, as a value: its text and translation state. */
record TextEntry(String text, TranslationState state) {

	/** The languages of {@code text} in its order; empty for none. */
	static Map<String, TextEntry> of(LocalizedText text) {
		Map<String, TextEntry> entries = new LinkedHashMap<>();
		if (text != null) {
			for (Translation translation : text.getTranslations()) {
				entries.putIfAbsent(translation.getLanguage(), new TextEntry(translation.getText(), translation.getState()));
			}
		}
		return entries;
	}

	/**
	 * The state when both sides changed it differently: the original stays the original; otherwise
	 * the less trusted one (stale before draft before reviewed), so that nobody trusts a merged text
	 * more than either side did.
	 */
	static TranslationState merge(TranslationState base, TranslationState ours, TranslationState theirs) {
		return switch (ThreeWay.decide(base, ours, theirs)) {
		case OURS -> ours;
		case THEIRS -> theirs;
		case CONFLICT -> ours == TranslationState.ORIGINAL || theirs == TranslationState.ORIGINAL ? TranslationState.ORIGINAL
				: rank(ours) >= rank(theirs) ? ours : theirs;
		};
	}

	private static int rank(TranslationState state) {
		return switch (state) {
		case STALE -> 3;
		case DRAFT -> 2;
		case REVIEWED -> 1;
		case ORIGINAL -> 0;
		};
	}
}
