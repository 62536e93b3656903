package org.tandem.sync.api.git;

/**
 * Sharing failed; {@link #reason()} says why, the message says it for people. The workspace is left as it was.
 *
 * @since 0.1
 */
public final class SyncException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Why sharing failed. */
	public enum Reason {
		/** The folder is not a Git repository. */
		NOT_A_REPOSITORY,
		/** The remote refused the user name and password or token. */
		AUTHENTICATION,
		/** The remote could not be reached, or the connection broke. */
		NO_CONNECTION,
		/** No remote is known: none was given and none is configured. */
		NO_REMOTE,
		/** The remote or the bundle answered with something else that went wrong. */
		REMOTE,
		/** A file of the workspace or the repository could not be read or written. */
		FILES
	}

	private final Reason reason;

	public SyncException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
