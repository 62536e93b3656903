package org.tandem.model.edit.internal;

import java.util.Locale;

import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.ScenarioMeasure;

/**
 * Labels of model elements in the user's language (the default locale's), falling back to the original text, so a
 * region written in Chinese still shows its Chinese name to a German reader until someone translates it.
 */
public final class Labels {

	private Labels() {
	}

	/** The text in the user's language, else the original, else {@code fallback} (usually the type's name). */
	public static String of(LocalizedText text, String fallback) {
		String label = text == null ? null : text.getTextOrOriginal(Locale.getDefault().getLanguage());
		return label == null ? fallback : label;
	}

	/** A person's name in its own script and in Latin script, such as {@code 李伟 (Li Wei)}, without repeating it. */
	public static String person(String nativeName, String latinName, String fallback) {
		boolean hasNative = nativeName != null && !nativeName.isBlank();
		boolean hasLatin = latinName != null && !latinName.isBlank();
		if (hasNative && hasLatin && !nativeName.equals(latinName)) {
			return nativeName + " (" + latinName + ")";
		}
		return hasNative ? nativeName : hasLatin ? latinName : fallback;
	}

	/** The name of the measure that a scenario takes, or null when it names none. */
	public static LocalizedText measureName(ScenarioMeasure measure) {
		return measure.getMeasure() == null ? null : measure.getMeasure().getName();
	}
}
