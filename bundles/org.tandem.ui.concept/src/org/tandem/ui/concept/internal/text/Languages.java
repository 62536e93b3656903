package org.tandem.ui.concept.internal.text;

import java.util.List;
import java.util.Locale;

/** The languages that Tandem's texts are written in, and their names in the reader's language. */
public final class Languages {

	/** German, Chinese and English, in the order their columns appear. */
	public static final List<String> ALL = List.of("de", "zh", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private Languages() {
	}

	/** The name of the language {@code code} in the reader's language, such as "Chinesisch" for zh in German. */
	public static String name(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.getDefault());
		return name.isEmpty() ? code : name;
	}

	/** The reader's language, as a code. */
	public static String reader() {
		return Locale.getDefault().getLanguage();
	}
}
