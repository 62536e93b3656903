package org.tandem.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TranslationState;

class LocalizedTextTest {

	private final LocalizedText text = TandemFactory.eINSTANCE.createLocalizedText();

	@Test
	void theFirstTranslationIsTheOriginalAndLaterOnesAreDrafts() {
		write("zh", "乌昌都市圈", "de", "Metropolregion Urumqi-Changji");
		assertEquals("zh", text.getOriginal().getLanguage());
		assertEquals(TranslationState.ORIGINAL, state("zh"));
		assertEquals(TranslationState.DRAFT, state("de"));
		assertEquals("Metropolregion Urumqi-Changji", text.getText("de"));
		assertNull(text.getText("en"));
	}

	@Test
	void changingTheOriginalMakesEveryOtherTranslationStale() {
		write("de", "Energieeffizienz", "zh", "能源效率", "en", "Energy efficiency");
		review("zh");
		write("de", "Energie- und Materialeffizienz");
		assertEquals(TranslationState.ORIGINAL, state("de"));
		assertEquals(TranslationState.STALE, state("zh"));
		assertEquals(TranslationState.STALE, state("en"));
	}

	@Test
	void writingTheSameOriginalAgainChangesNothing() {
		write("de", "Wasser", "zh", "水资源");
		review("zh");
		write("de", "Wasser");
		assertEquals(TranslationState.REVIEWED, state("zh"));
	}

	@Test
	void updatingATranslationMakesItADraftAgainAndLeavesTheOthers() {
		write("de", "Wasser", "zh", "水", "en", "Water");
		review("en");
		write("de", "Wasserressourcen", "zh", "水资源");
		assertEquals(TranslationState.DRAFT, state("zh"));
		assertEquals(TranslationState.STALE, state("en"));
		assertEquals(3, text.getTranslations().size());
	}

	@Test
	void fallsBackToTheOriginalThenToAnyText() {
		assertNull(text.getTextOrOriginal("de"));
		write("zh", "昌吉");
		assertEquals("昌吉", text.getTextOrOriginal("de"));
		write("de", "Changji");
		assertEquals("Changji", text.getTextOrOriginal("de"));
		review("zh");
		write("zh", "");
		assertEquals("Changji", text.getTextOrOriginal("en"));
	}

	@Test
	void languageIsRequired() {
		assertThrows(NullPointerException.class, () -> text.setText(null, "x"));
	}

	/** Writes pairs of language and text, in order. */
	private void write(String... languagesAndTexts) {
		for (int i = 0; i < languagesAndTexts.length; i += 2) {
			text.setText(languagesAndTexts[i], languagesAndTexts[i + 1]);
		}
	}

	private void review(String language) {
		Translations.find(text, language).setState(TranslationState.REVIEWED);
	}

	private TranslationState state(String language) {
		return Translations.find(text, language).getState();
	}
}
