package org.tandem.core.api.indicators;

import org.eclipse.osgi.util.NLS;

/** Notes on indicators shown to the user; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.core.api.indicators.messages"; //$NON-NLS-1$

	public static String methodsDiffer;
	public static String methodUnknown;
	public static String regionUnknown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
