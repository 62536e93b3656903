package org.tandem.sync.api.merge;

import org.eclipse.osgi.util.NLS;

/** The messages of the merge; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.sync.api.merge.messages"; //$NON-NLS-1$

	public static String changedBoth;
	public static String changedHereDeletedThere;
	public static String deletedHereChangedThere;
	public static String referenceToDeleted;
	public static String movedBoth;
	public static String reorderedBoth;
	public static String differentModels;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
