package org.tandem.ui.sync.internal.credentials;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * User names and passwords or tokens of remotes, kept in Equinox secure storage (encrypted with
 * the master password that {@link MasterPasswordProvider} asks for), one node per remote. Nothing
 * is written in plain text anywhere.
 */
public final class SecureCredentials {

	private static final String ROOT = "org.tandem.sync/remotes"; //$NON-NLS-1$
	private static final String USER = "user"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	private final URL location;
	private final MasterPassword master;

	/**
	 * @param location the storage file (null: Equinox's default, in the user's home)
	 * @param master   where the master password comes from
	 */
	public SecureCredentials(URL location, MasterPassword master) {
		this.location = location;
		this.master = master;
	}

	/** The credentials kept for {@code remote}, if any. */
	public Optional<Credentials> load(String remote) throws StorageException, IOException {
		ISecurePreferences root = open();
		String path = path(remote);
		if (!root.nodeExists(path)) {
			return Optional.empty();
		}
		ISecurePreferences node = root.node(path);
		String user = node.get(USER, null);
		String password = node.get(PASSWORD, null);
		return user == null || password == null ? Optional.empty() : Optional.of(new Credentials(user, password.toCharArray()));
	}

	/** Keeps {@code credentials} for {@code remote}, encrypted, and writes the store. */
	public void store(String remote, Credentials credentials) throws StorageException, IOException {
		ISecurePreferences root = open();
		ISecurePreferences node = root.node(path(remote));
		try {
			node.put(USER, credentials.user(), false);
			node.put(PASSWORD, new String(credentials.password()), true);
		} catch (StorageException e) {
			node.removeNode();
			throw e;
		}
		root.flush();
	}

	/** Forgets what is kept for {@code remote}. */
	public void forget(String remote) throws IOException {
		ISecurePreferences root = open();
		String path = path(remote);
		if (root.nodeExists(path)) {
			root.node(path).removeNode();
			root.flush();
		}
	}

	private ISecurePreferences open() throws IOException {
		return SecurePreferencesFactory.open(location, Map.of(MasterPasswordProvider.OPTION, master, IProviderHints.REQUIRED_MODULE_ID,
				MasterPasswordProvider.MODULE_ID, IProviderHints.PROMPT_USER, Boolean.TRUE));
	}

	/** The node of a remote: its address encoded, so that slashes in it make no sub-nodes. */
	private static String path(String remote) {
		return ROOT + "/" + Base64.getUrlEncoder().withoutPadding().encodeToString(remote.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
	}
}
