package org.tandem.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

/** The navigator's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.internal.navigator.messages"; //$NON-NLS-1$

	public static String navigator_filter;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
