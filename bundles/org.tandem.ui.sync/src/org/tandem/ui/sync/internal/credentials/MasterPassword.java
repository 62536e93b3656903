package org.tandem.ui.sync.internal.credentials;

/**
 * Where the master password of the credential store comes from: a dialog in the workbench, a fixed
 * value in tests. The password is asked only when the store needs it, at most once per session.
 */
@FunctionalInterface
public interface MasterPassword {

	/**
	 * The master password, or null when the person cancelled.
	 *
	 * @param create whether the store has none yet (the person chooses one and types it twice)
	 */
	char[] ask(boolean create);
}
