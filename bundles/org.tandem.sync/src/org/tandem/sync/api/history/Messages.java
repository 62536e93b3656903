package org.tandem.sync.api.history;

import org.eclipse.osgi.util.NLS;

/** The history's sentences; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.sync.api.history.messages"; //$NON-NLS-1$

	public static String added;
	public static String deleted;
	public static String moved;
	public static String changed;
	public static String set;
	public static String cleared;
	public static String textAdded;
	public static String textRemoved;
	public static String textChanged;
	public static String textRewritten;
	public static String textState;
	public static String notShared;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
