package org.tandem.app.internal;

import org.eclipse.osgi.util.NLS;

/** The strings that code of this bundle shows; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.app.internal.messages"; //$NON-NLS-1$

	public static String about_title;
	public static String about_body;
	public static String welcome_title;
	public static String welcome_tagline;
	public static String welcome_workspace;
	public static String welcome_next;
	public static String welcome_contents;
	public static String welcome_empty;
	public static String welcome_unreadable;
	public static String welcome_clone;
	public static String status_ready;
	public static String recovery_title;
	public static String recovery_question;
	public static String recovery_restore;
	public static String recovery_discard;
	public static String autosave_failed;
	public static String save_failed_title;
	public static String save_failed;
	public static String unsaved_title;
	public static String unsaved_question;
	public static String unsaved_save;
	public static String unsaved_discard;
	public static String unsaved_cancel;
	public static String status_workspace;
	public static String status_cancel;
	public static String loading_job;
	public static String loading_cancelled;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
