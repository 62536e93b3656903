package org.tandem.ui.sync.internal.credentials;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * Equinox secure storage's password provider for Tandem: the master password comes from the
 * {@link MasterPassword} that {@link SecureCredentials} hands over as an option when it opens the
 * store, so it works on every OS without a desktop keyring. Equinox checks the password against a
 * sample it encrypted with it; a wrong one is not retried, so the caller hears of it at once.
 */
public class MasterPasswordProvider extends PasswordProvider {

	/** The option under which the store is given the {@link MasterPassword}. */
	public static final String OPTION = "org.tandem.ui.sync.masterPassword"; //$NON-NLS-1$

	/** This provider's module id (plug-in id and extension id). */
	public static final String MODULE_ID = "org.tandem.ui.sync.masterPassword"; //$NON-NLS-1$

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		if (!(container.getOption(OPTION) instanceof MasterPassword source)) {
			return null;
		}
		char[] password = source.ask((passwordType & CREATE_NEW_PASSWORD) != 0);
		if (password == null || password.length == 0) {
			return null;
		}
		PBEKeySpec key = new PBEKeySpec(password);
		java.util.Arrays.fill(password, '\0');
		return key;
	}

	@Override
	public boolean retryOnError(Exception e, IPreferencesContainer container) {
		return false;
	}
}
