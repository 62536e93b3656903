package org.tandem.ui.concept.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.tandem.model.api.GlossaryTerm;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Partnership;

/**
 * The glossary that applies to an element: the terms of the partnership it belongs to (for a plan,
 * the partnership of its task group). Finds where terms occur in a text of one language.
 */
public final class Glossary {

	/** Where a term occurs in a text: {@code length} characters from {@code start}. */
	public record Match(int start, int length, GlossaryTerm term) {
	}

	private final Partnership partnership;

	private Glossary(Partnership partnership) {
		this.partnership = partnership;
	}

	/** The glossary of the partnership that {@code element} belongs to; empty when it belongs to none. */
	public static Glossary of(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Partnership partnership) {
				return new Glossary(partnership);
			}
			if (e instanceof ImplementationPlan plan && plan.getTaskGroup() != null) {
				return of(plan.getTaskGroup());
			}
		}
		return new Glossary(null);
	}

	/** The terms, as the partnership holds them now. */
	public List<GlossaryTerm> terms() {
		return partnership == null ? List.of() : partnership.getGlossary();
	}

	/**
	 * The places in {@code text} (written in {@code language}) where a term occurs, ignoring case,
	 * in order and without overlaps; a longer term wins over a shorter one at the same place.
	 */
	public List<Match> find(String text, String language) {
		List<Match> candidates = new ArrayList<>();
		for (GlossaryTerm term : terms()) {
			String word = word(term, language);
			if (word == null || word.isBlank() || text == null) {
				continue;
			}
			for (int i = 0; i + word.length() <= text.length(); i++) {
				if (text.regionMatches(true, i, word, 0, word.length())) {
					candidates.add(new Match(i, word.length(), term));
				}
			}
		}
		candidates.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::length).reversed()));
		List<Match> matches = new ArrayList<>();
		int end = 0;
		for (Match match : candidates) {
			if (match.start() >= end) {
				matches.add(match);
				end = match.start() + match.length();
			}
		}
		return matches;
	}

	/** The term in {@code language}, or null. */
	public static String word(GlossaryTerm term, String language) {
		LocalizedText text = term.getTerm();
		return text == null ? null : text.getText(language);
	}
}
