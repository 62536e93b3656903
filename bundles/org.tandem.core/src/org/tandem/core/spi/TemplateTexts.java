package org.tandem.core.spi;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Translation;
import org.tandem.model.api.TranslationState;

/**
 * The texts of a plug-in's templates in German, Chinese and English, from a properties file and
 * its {@code _de} and {@code _zh} siblings (UTF-8) in the plug-in; English is the file without a
 * suffix. Makes {@link LocalizedText}s with one language as the original and the plug-in's own
 * translations reviewed.
 *
 * @since 0.1
 */
public final class TemplateTexts {

	/** The languages Tandem writes in. */
	public static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.CHINESE, Locale.ENGLISH);

	private final Map<String, ResourceBundle> bundles = new HashMap<>();

	private TemplateTexts(ClassLoader loader, String baseName) {
		ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		for (Locale language : LANGUAGES) {
			bundles.put(language.getLanguage(), ResourceBundle.getBundle(baseName, language, loader, exact));
		}
	}

	/**
	 * The texts of {@code baseName} (for example {@code org.example.domain.texts}), found through
	 * the class loader of {@code owner}'s plug-in.
	 *
	 * @throws MissingResourceException when the English file is missing
	 */
	public static TemplateTexts load(Class<?> owner, String baseName) {
		return new TemplateTexts(owner.getClassLoader(), baseName);
	}

	/** The text of {@code key} in the language of {@code locale}, else in English. */
	public String get(String key, Locale locale) {
		ResourceBundle bundle = bundles.getOrDefault(locale.getLanguage(), bundles.get(Locale.ENGLISH.getLanguage()));
		return bundle.getString(key);
	}

	/** A comma-separated list under {@code key} (in the English file), or none. */
	public List<String> list(String key) {
		ResourceBundle english = bundles.get(Locale.ENGLISH.getLanguage());
		if (!english.containsKey(key) || english.getString(key).isBlank()) {
			return List.of();
		}
		return Arrays.stream(english.getString(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

	/** The text of {@code key} in all three languages, written in the language of {@code original}. */
	public LocalizedText text(String key, Locale original) {
		return localized(locale -> get(key, locale), original);
	}

	/**
	 * A text in all three languages from {@code text}, written in the language of
	 * {@code original} (English when that is none of the three); the others are reviewed translations.
	 */
	public static LocalizedText localized(Function<Locale, String> text, Locale original) {
		Locale first = LANGUAGES.stream().filter(l -> l.getLanguage().equals(original.getLanguage())).findFirst().orElse(Locale.ENGLISH);
		LocalizedText localized = TandemFactory.eINSTANCE.createLocalizedText();
		add(localized, first.getLanguage(), text.apply(first), TranslationState.ORIGINAL);
		for (Locale language : LANGUAGES) {
			if (language != first) {
				add(localized, language.getLanguage(), text.apply(language), TranslationState.REVIEWED);
			}
		}
		return localized;
	}

	private static void add(LocalizedText text, String language, String value, TranslationState state) {
		Translation translation = TandemFactory.eINSTANCE.createTranslation();
		translation.setLanguage(language);
		translation.setText(value);
		translation.setState(state);
		text.getTranslations().add(translation);
	}
}
