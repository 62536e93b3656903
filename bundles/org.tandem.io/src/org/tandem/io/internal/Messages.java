package org.tandem.io.internal;

import org.eclipse.osgi.util.NLS;

/** What importers report, in the workbench's language; translations in messages_de and messages_zh. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.io.internal.messages"; //$NON-NLS-1$

	public static String cannotRead;
	public static String notAProjectFile;
	public static String noProject;
	public static String noDates;
	public static String inactiveTask;
	public static String severalResources;
	public static String resourceUnused;
	public static String noSuchPerson;
	public static String linkOutside;
	public static String percentLag;
	public static String baselinesNotImported;
	public static String csvEmpty;
	public static String csvNotText;
	public static String csvMissingColumns;
	public static String csvBadRows;
	public static String csvUnclosedQuote;
	public static String csvNoName;
	public static String csvBadKind;
	public static String csvBadDate;
	public static String csvBadNumber;
	public static String csvBadStatus;
	public static String csvNeedsDates;
	public static String csvFinishBeforeStart;
	public static String notAPlan;
	public static String importSummary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
