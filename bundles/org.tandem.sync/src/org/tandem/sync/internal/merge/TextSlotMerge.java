package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tandem.model.api.Identified;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Translation;
import org.tandem.sync.api.merge.ConflictKind;

/**
 * Merges a text in several languages, each language on its own: a language only one side changed,
 * added or removed takes that side's version; one that both changed is merged line by line, and
 * its translation state follows {@link TextEntry#merge}. A language that both changed in the same
 * lines, or that one side removed while the other changed it, is a conflict: the changed text is
 * kept (ours when both changed).
 */
final class TextSlotMerge {

	private final ConflictLog log;

	TextSlotMerge(ConflictLog log) {
		this.log = log;
	}

	/** Merges {@code feature} of the three versions of an element into {@code result}, which holds our version. */
	void merge(Identified result, EStructuralFeature feature, Identified base, Identified ours, Identified theirs) {
		LocalizedText b = Features.text(base, feature);
		LocalizedText o = Features.text(ours, feature);
		LocalizedText t = Features.text(theirs, feature);
		if (TextEntry.same(o, t) || TextEntry.same(t, b)) {
			return;
		}
		Map<String, TextEntry> bs = TextEntry.of(b);
		Map<String, TextEntry> os = TextEntry.of(o);
		Map<String, TextEntry> ts = TextEntry.of(t);
		List<String> languages = new ArrayList<>(bs.keySet());
		Set<String> members = ListMerge.members(languages, new ArrayList<>(os.keySet()), new ArrayList<>(ts.keySet()));
		List<String> merged = new ArrayList<>();
		List<TextEntry> values = new ArrayList<>();
		for (String language : members) {
			TextEntry entry = entry(result, feature, language, bs.get(language), os.get(language), ts.get(language));
			if (entry != null) {
				merged.add(language);
				values.add(entry);
			}
		}
		for (String language : os.keySet()) {
			if (!members.contains(language) && !os.get(language).equals(bs.get(language))) {
				// we changed a language that they removed: keep it
				merged.add(language);
				values.add(os.get(language));
				log.add(ConflictKind.CHANGED_BOTH, result, feature, language, text(bs.get(language)),
						text(os.get(language)), ""); //$NON-NLS-1$
			}
		}
		for (String language : ts.keySet()) {
			if (!members.contains(language) && !ts.get(language).equals(bs.get(language))) {
				// they changed a language that we removed: keep theirs
				merged.add(language);
				values.add(ts.get(language));
				log.add(ConflictKind.CHANGED_BOTH, result, feature, language, text(bs.get(language)), "", //$NON-NLS-1$
						text(ts.get(language)));
			}
		}
		List<String> order = new ListMerge<String>().order(languages, new ArrayList<>(os.keySet()), new ArrayList<>(ts.keySet()), Set.copyOf(merged)).keys();
		write(result, feature, order, merged, values);
	}

	/** The merged entry of one language that ours or theirs holds, or null when it is removed. */
	private TextEntry entry(Identified result, EStructuralFeature feature, String language, TextEntry base, TextEntry ours, TextEntry theirs) {
		switch (ThreeWay.decide(base, ours, theirs)) {
		case OURS:
			return ours;
		case THEIRS:
			return theirs;
		default:
			break;
		}
		String text = ours.text();
		if (!Objects.equals(ours.text(), theirs.text())) {
			TextMerge.Result lines = TextMerge.merge(base == null ? null : base.text(), ours.text(), theirs.text());
			if (lines.conflict()) {
				log.add(ConflictKind.CHANGED_BOTH, result, feature, language, text(base), text(ours), text(theirs));
				return ours;
			}
			text = lines.text();
		}
		return new TextEntry(text, TextEntry.merge(base == null ? null : base.state(), ours.state(), theirs.state()));
	}

	/** Writes the merged languages into the result's text, reusing its translations. */
	private static void write(Identified result, EStructuralFeature feature, List<String> order, List<String> languages, List<TextEntry> values) {
		LocalizedText text = (LocalizedText) result.eGet(feature);
		if (languages.isEmpty()) {
			if (text != null && !text.getTranslations().isEmpty()) {
				result.eSet(feature, null);
			}
			return;
		}
		if (text == null) {
			text = TandemFactory.eINSTANCE.createLocalizedText();
			result.eSet(feature, text);
		}
		List<Translation> translations = new ArrayList<>();
		for (String language : order) {
			TextEntry value = values.get(languages.indexOf(language));
			Translation translation = null;
			for (Translation existing : text.getTranslations()) {
				if (Objects.equals(existing.getLanguage(), language)) {
					translation = existing;
				}
			}
			if (translation == null) {
				translation = TandemFactory.eINSTANCE.createTranslation();
				translation.setLanguage(language);
			}
			translation.setText(value.text());
			translation.setState(value.state());
			translations.add(translation);
		}
		ECollections.setEList(text.getTranslations(), translations);
	}

	private static String text(TextEntry entry) {
		return entry == null ? "" : Objects.toString(entry.text(), ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
