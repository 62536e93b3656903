package org.tandem.core.internal.schedule;

import org.eclipse.osgi.util.NLS;

/** The names of scheduling's commands, as undo shows them; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.core.internal.schedule.messages"; //$NON-NLS-1$

	public static String moveCommand;
	public static String moveCommandDescription;
	public static String datesCommand;
	public static String datesCommandDescription;
	public static String freezeCommand;
	public static String freezeCommandDescription;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
