package org.tandem.core.internal.domains;

import org.eclipse.osgi.util.NLS;

/** The names of the domains' commands, as undo shows them; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.core.internal.domains.messages"; //$NON-NLS-1$

	public static String newTaskGroup;
	public static String newTaskGroupDescription;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
