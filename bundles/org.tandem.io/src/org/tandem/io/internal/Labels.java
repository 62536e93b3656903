package org.tandem.io.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words that go into exported files (column headers, kinds, statuses), in the language the
 * user chose for the file rather than the language of the workbench: de, zh or, for any other
 * language, en.
 */
public final class Labels {

	private static final String BUNDLE = "org.tandem.io.internal.labels"; //$NON-NLS-1$

	private final String language;
	private final ResourceBundle bundle;

	public Labels(Locale locale) {
		this.language = languageOf(locale);
		this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), Labels.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** de, zh or en: the languages Tandem writes in. */
	public static String languageOf(Locale locale) {
		String language = locale == null ? "" : locale.getLanguage(); //$NON-NLS-1$
		return language.equals("de") || language.equals("zh") ? language : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The language of these labels: de, zh or en. */
	public String language() {
		return language;
	}

	public String get(String key) {
		return bundle.getString(key);
	}

	public String format(String key, Object... arguments) {
		return MessageFormat.format(get(key), arguments);
	}
}
