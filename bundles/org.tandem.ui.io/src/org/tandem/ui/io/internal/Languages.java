package org.tandem.ui.io.internal;

import java.util.List;
import java.util.Locale;

/** The languages an export can be written in, each named in its own language. */
final class Languages {

	static final List<Locale> ALL = List.of(Locale.GERMAN, Locale.CHINESE, Locale.ENGLISH);

	private Languages() {
	}

	/** "Deutsch", "中文", "English". */
	static String label(Locale locale) {
		return locale.getDisplayLanguage(locale);
	}

	/** The reader's language if Tandem writes it, else English. */
	static int defaultIndex() {
		String language = Locale.getDefault().getLanguage();
		for (int i = 0; i < ALL.size(); i++) {
			if (ALL.get(i).getLanguage().equals(language)) {
				return i;
			}
		}
		return ALL.indexOf(Locale.ENGLISH);
	}
}
