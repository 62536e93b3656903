package org.tandem.sync.internal.git;

import org.eclipse.osgi.util.NLS;

/** The messages of Git sharing; translations in messages_de and messages_zh. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.sync.internal.git.messages"; //$NON-NLS-1$

	public static String bothChanged;
	public static String changedDeleted;
	public static String notAModel;
	public static String authFailed;
	public static String noConnection;
	public static String timedOut;
	public static String notARepository;
	public static String noRemote;
	public static String remoteFailed;
	public static String pushRejected;
	public static String filesFailed;
	public static String folderNotEmpty;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
