package org.tandem.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tandem.model.LocalizedText;
import org.tandem.model.TandemFactory;
import org.tandem.model.TranslationState;

class LocalizedTextTest {

	private final LocalizedText text = TandemFactory.eINSTANCE.createLocalizedText();

	@Test
	void theFirstTranslationIsTheOriginalAndLaterOnesAreDrafts() {
		text.setText("zh", "乌昌都市圈");
		text.setText("de", "Metropolregion Urumqi-Changji");
		assertEquals("zh", text.getOriginal().getLanguage());
		assertEquals(TranslationState.ORIGINAL, state("zh"));
		assertEquals(TranslationState.DRAFT, state("de"));
		assertEquals("Metropolregion Urumqi-Changji", text.getText("de"));
		assertNull(text.getText("en"));
	}

	@Test
	void changingTheOriginalMakesEveryOtherTranslationStale() {
		text.setText("de", "Energieeffizienz");
		text.setText("zh", "能源效率");
		text.setText("en", "Energy efficiency");
		text.getTranslations().get(1).setState(TranslationState.REVIEWED);
		text.setText("de", "Energie- und Materialeffizienz");
		assertEquals(TranslationState.ORIGINAL, state("de"));
		assertEquals(TranslationState.STALE, state("zh"));
		assertEquals(TranslationState.STALE, state("en"));
	}

	@Test
	void writingTheSameOriginalAgainChangesNothing() {
		text.setText("de", "Wasser");
		text.setText("zh", "水资源");
		text.getTranslations().get(1).setState(TranslationState.REVIEWED);
		text.setText("de", "Wasser");
		assertEquals(TranslationState.REVIEWED, state("zh"));
	}

	@Test
	void updatingATranslationMakesItADraftAgainAndLeavesTheOthers() {
		text.setText("de", "Wasser");
		text.setText("zh", "水");
		text.setText("en", "Water");
		text.getTranslations().get(2).setState(TranslationState.REVIEWED);
		text.setText("de", "Wasserressourcen");
		text.setText("zh", "水资源");
		assertEquals(TranslationState.DRAFT, state("zh"));
		assertEquals(TranslationState.STALE, state("en"));
		assertEquals(3, text.getTranslations().size());
	}

	@Test
	void fallsBackToTheOriginalThenToAnyText() {
		assertNull(text.getTextOrOriginal("de"));
		text.setText("zh", "昌吉");
		assertEquals("昌吉", text.getTextOrOriginal("de"));
		text.setText("de", "Changji");
		assertEquals("Changji", text.getTextOrOriginal("de"));
		text.getOriginal().setState(TranslationState.REVIEWED);
		text.setText("zh", "");
		assertEquals("Changji", text.getTextOrOriginal("en"));
	}

	@Test
	void languageIsRequired() {
		assertThrows(NullPointerException.class, () -> text.setText(null, "x"));
	}

	private TranslationState state(String language) {
		return Translations.find(text, language).getState();
	}
}
