package org.tandem.ui.sync.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tandem.ui.sync.internal.credentials.Credentials;

/**
 * The user, password-or-token and "remember" fields of a dialog that reaches a remote over HTTPS,
 * laid out in a two-column grid that the dialog owns.
 */
final class CredentialsFields {

	private final Text user;
	private final Text password;
	private final Button remember;

	CredentialsFields(Composite grid) {
		user = field(grid, Messages.credentials_user, SWT.BORDER);
		password = field(grid, Messages.credentials_password, SWT.BORDER | SWT.PASSWORD);
		new Label(grid, SWT.NONE);
		remember = new Button(grid, SWT.CHECK);
		remember.setText(Messages.credentials_remember);
		remember.setToolTipText(Messages.credentials_rememberTooltip);
	}

	static Text field(Composite grid, String label, int style) {
		new Label(grid, SWT.NONE).setText(label);
		Text text = new Text(grid, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** Fills in a user name, for example the one kept for the remote. */
	void user(String name) {
		user.setText(name);
	}

	/** What is missing, naming the field, or null; only HTTPS remotes need credentials. */
	String problem(boolean needed) {
		if (!needed) {
			return null;
		}
		if (user.getText().isBlank()) {
			return Messages.credentials_userMissing;
		}
		return password.getCharCount() == 0 ? Messages.credentials_passwordMissing : null;
	}

	/** The credentials typed, or null when none were. */
	Credentials credentials() {
		return user.getText().isBlank() ? null : new Credentials(user.getText().strip(), password.getTextChars());
	}

	boolean remember() {
		return remember.getSelection();
	}

	void setEnabled(boolean enabled) {
		user.setEnabled(enabled);
		password.setEnabled(enabled);
		remember.setEnabled(enabled);
	}
}
