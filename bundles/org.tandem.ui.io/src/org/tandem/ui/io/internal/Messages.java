package org.tandem.ui.io.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of File &gt; Import and Export; translations in messages_de and messages_zh. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.io.internal.messages"; //$NON-NLS-1$

	public static String exportTitle;
	public static String exportMessage;
	public static String exportButton;
	public static String importTitle;
	public static String importMessage;
	public static String importButton;
	public static String closeButton;
	public static String cancelButton;
	public static String newPlanFor;
	public static String importedNewFile;
	public static String format;
	public static String scope;
	public static String language;
	public static String file;
	public static String browse;
	public static String targetPlan;
	public static String notMapped;
	public static String noFile;
	public static String fileIsFolder;
	public static String noScope;
	public static String notAccepted;
	public static String noTarget;
	public static String noFormatForFile;
	public static String writeFailed;
	public static String written;
	public static String imported;
	public static String nothingImported;
	public static String pluginFailed;
	public static String kindPartnership;
	public static String kindTaskGroup;
	public static String kindPlan;
	public static String kindWorkPackage;
	public static String allFiles;
	public static String choiceLabel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
