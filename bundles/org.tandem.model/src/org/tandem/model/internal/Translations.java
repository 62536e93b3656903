package org.tandem.model.internal;

import java.util.Objects;

import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Translation;
import org.tandem.model.api.TranslationState;

/**
 * The rules of a {@link LocalizedText}: one translation per language; the first one written is the
 * original, the others are drafts until reviewed; when the original changes, every other translation
 * becomes stale; when a translation other than the original changes, it is a draft again.
 */
public final class Translations {

	private Translations() {
	}

	public static Translation find(LocalizedText localizedText, String language) {
		for (Translation translation : localizedText.getTranslations()) {
			if (Objects.equals(translation.getLanguage(), language)) {
				return translation;
			}
		}
		return null;
	}

	public static Translation original(LocalizedText localizedText) {
		for (Translation translation : localizedText.getTranslations()) {
			if (translation.getState() == TranslationState.ORIGINAL) {
				return translation;
			}
		}
		return null;
	}

	public static String text(LocalizedText localizedText, String language) {
		Translation translation = find(localizedText, language);
		return translation == null ? null : translation.getText();
	}

	public static String textOrOriginal(LocalizedText localizedText, String language) {
		String text = text(localizedText, language);
		if (isEmpty(text)) {
			Translation original = original(localizedText);
			text = original == null ? null : original.getText();
		}
		for (int i = 0; isEmpty(text) && i < localizedText.getTranslations().size(); i++) {
			text = localizedText.getTranslations().get(i).getText();
		}
		return isEmpty(text) ? null : text;
	}

	public static void setText(LocalizedText localizedText, String language, String text) {
		Objects.requireNonNull(language, "language");
		Translation translation = find(localizedText, language);
		if (translation == null) {
			translation = TandemFactory.eINSTANCE.createTranslation();
			translation.setLanguage(language);
			translation.setText(text);
			translation.setState(original(localizedText) == null ? TranslationState.ORIGINAL : TranslationState.DRAFT);
			localizedText.getTranslations().add(translation);
		} else if (!Objects.equals(translation.getText(), text)) {
			translation.setText(text);
			if (translation.getState() == TranslationState.ORIGINAL) {
				for (Translation other : localizedText.getTranslations()) {
					if (other != translation) {
						other.setState(TranslationState.STALE);
					}
				}
			} else {
				translation.setState(TranslationState.DRAFT);
			}
		}
	}

	private static boolean isEmpty(String text) {
		return text == null || text.isEmpty();
	}
}
