package org.tandem.core.internal.imports;

import org.eclipse.osgi.util.NLS;

/** Field names and reasons for refused rows of a measurement import; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.core.internal.imports.messages"; //$NON-NLS-1$

	public static String fieldDate;
	public static String fieldValue;
	public static String fieldUnit;
	public static String emptyRow;
	public static String noColumn;
	public static String empty;
	public static String badDate;
	public static String badValue;
	public static String badUnit;
	public static String importCommand;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
