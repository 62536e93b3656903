package org.tandem.sync.internal.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

	/** Whether two texts have the same languages, each with the same text and state ({@link #of} alike). */
	static boolean same(LocalizedText one, LocalizedText other) {
		List<Translation> a = one == null ? List.of() : one.getTranslations();
		List<Translation> b = other == null ? List.of() : other.getTranslations();
		if (a.size() == b.size()) {
			boolean alike = true;
			for (int i = 0; alike && i < a.size(); i++) {
				Translation x = a.get(i);
				Translation y = b.get(i);
				alike = Objects.equals(x.getLanguage(), y.getLanguage()) && Objects.equals(x.getText(), y.getText()) && x.getState() == y.getState();
			}
			if (alike) {
				return true;
			}
		}
		return of(one).equals(of(other));
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
