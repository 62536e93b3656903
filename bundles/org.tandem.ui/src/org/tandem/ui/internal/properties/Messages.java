package org.tandem.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** The properties part's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.internal.properties.messages"; //$NON-NLS-1$

	public static String properties_empty;
	public static String properties_noValue;
	public static String properties_notWholeNumber;
	public static String properties_notNumber;
	public static String properties_notInstant;
	public static String properties_notApplied;
	public static String properties_hasDate;
	public static String properties_missing;
	public static String properties_language_de;
	public static String properties_language_zh;
	public static String properties_language_en;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The name of a language that has a row of its own, in the reader's language. */
	static String language(String code) {
		return switch (code) {
		case "de" -> properties_language_de; //$NON-NLS-1$
		case "zh" -> properties_language_zh; //$NON-NLS-1$
		default -> properties_language_en;
		};
	}
}
