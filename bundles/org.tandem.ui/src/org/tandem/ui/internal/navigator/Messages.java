package org.tandem.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

/** The navigator's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.internal.navigator.messages"; //$NON-NLS-1$

	public static String navigator_filter;
	public static String navigator_new;
	public static String navigator_open;
	public static String navigator_cut;
	public static String navigator_copy;
	public static String navigator_paste;
	public static String navigator_rename;
	public static String navigator_delete;
	public static String navigator_deleteTitle;
	public static String navigator_deleteOne;
	public static String navigator_deleteMany;
	public static String navigator_deleteContents;
	public static String navigator_deleteReferences;
	public static String navigator_deleteButton;
	public static String navigator_cancel;
	public static String navigator_noDomain;
	public static String navigator_pluginFailed;
	public static String navigator_pluginFailedHide;
	public static String navigator_logUnknown;
	public static String navigator_newPlanFailedTitle;
	public static String navigator_newPlanFailed;
	public static String navigator_deletePlan;
	public static String navigator_deletePlanUnsaved;
	public static String navigator_deletePlanBackup;
	public static String navigator_deletePlanFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
