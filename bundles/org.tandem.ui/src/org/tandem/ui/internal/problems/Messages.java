package org.tandem.ui.internal.problems;

import org.eclipse.osgi.util.NLS;

/** The problems part's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.internal.problems.messages"; //$NON-NLS-1$

	public static String problems_title;
	public static String problems_titleCount;
	public static String problems_titleCancelled;
	public static String problems_severity;
	public static String problems_message;
	public static String problems_element;
	public static String problems_file;
	public static String problems_error;
	public static String problems_warning;
	public static String problems_info;
	public static String problems_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
