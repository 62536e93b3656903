package org.tandem.ui.sync.internal;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tandem.ui.sync.internal.credentials.Credentials;
import org.tandem.ui.sync.internal.credentials.MasterPasswordDialog;
import org.tandem.ui.sync.internal.credentials.SecureCredentials;

/**
 * The credentials of a remote: those kept in secure storage, else asked in a dialog; kept only
 * after the remote accepted them, and only when the person asked for it. A wrong master password
 * is reported and nothing is read or kept.
 */
final class RemoteLogin {

	private final IEclipseContext application;
	private final Shell shell;

	RemoteLogin(IEclipseContext application, Shell shell) {
		this.application = application;
		this.shell = shell;
	}

	/** The store of the application context, or the default one (Equinox's location) made on first use. */
	SecureCredentials store() {
		SecureCredentials store = application.get(SecureCredentials.class);
		if (store == null) {
			store = new SecureCredentials(null, create -> MasterPasswordDialog.asking(Display.getCurrent().getActiveShell()).ask(create));
			application.set(SecureCredentials.class, store);
		}
		return store;
	}

	/** The credentials kept for {@code remote}, or empty (none, cancelled, or a wrong master password, which is reported). */
	Optional<Credentials> kept(String remote) {
		try {
			return store().load(remote);
		} catch (StorageException | IOException e) {
			storageFailed(e);
			return Optional.empty();
		}
	}

	/** Asks for the credentials of {@code remote}; empty when the person cancelled. */
	Optional<RemoteDialog.Choice> ask(String remote) {
		RemoteDialog dialog = new RemoteDialog(shell, RemoteDialog.Mode.LOGIN, remote);
		return dialog.open() == RemoteDialog.OK ? Optional.of(dialog.choice()) : Optional.empty();
	}

	/** Keeps {@code credentials} for {@code remote}, which accepted them. */
	void keep(String remote, Credentials credentials) {
		try {
			store().store(remote, credentials);
		} catch (StorageException | IOException e) {
			storageFailed(e);
		}
	}

	private void storageFailed(Exception e) {
		String message = e instanceof StorageException storage && storage.getErrorCode() == StorageException.NO_PASSWORD
				? Messages.master_wrong
				: NLS.bind(Messages.master_failed, e.getMessage());
		MessageDialog.openError(shell, Messages.master_title, message);
	}
}
