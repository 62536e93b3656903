package org.tandem.example.circular;

import org.eclipse.osgi.util.NLS;

/** The view's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.example.circular.messages"; //$NON-NLS-1$

	public static String column_measure;
	public static String column_material;
	public static String column_recycled;
	public static String none;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
