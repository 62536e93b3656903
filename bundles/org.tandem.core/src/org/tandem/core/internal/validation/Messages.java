package org.tandem.core.internal.validation;

import org.eclipse.osgi.util.NLS;

/** The messages of the validation rules; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.core.internal.validation.messages"; //$NON-NLS-1$

	public static String finishBeforeStart;
	public static String startsBefore;
	public static String endsAfter;
	public static String dependencyCycle;
	public static String missingReference;
	public static String missingText;
	public static String missingPlugin;
	public static String staleTranslation;
	public static String targetUnit;
	public static String measurementUnit;
	public static String noMeasure;
	public static String adoptionOutOfRange;
	public static String negativeRampUp;
	public static String language_de;
	public static String language_zh;
	public static String language_en;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
