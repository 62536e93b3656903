package org.tandem.ui.sync.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tandem.ui.sync.internal.credentials.Credentials;

/**
 * Asks where the shared workspace is and how to log in: for Share (the remote: an HTTPS URL, a
 * folder or network share, or a Git bundle file), for Clone (the remote and an empty folder to
 * clone into) and for a sync that needs a login (the remote shown, only the credentials asked).
 * User and password are asked only for HTTPS remotes; a missing value is named in the dialog.
 */
final class RemoteDialog extends TitleAreaDialog {

	/** What the dialog asks for. */
	enum Mode {
		SHARE, CLONE, LOGIN
	}

	/** What the person chose. */
	record Choice(String remote, String folder, Credentials credentials, boolean remember) {
	}

	private final Mode mode;
	private final String initialRemote;
	private Text remote;
	private Text folder;
	private CredentialsFields credentials;
	private Choice choice;

	RemoteDialog(Shell parent, Mode mode, String initialRemote) {
		super(parent);
		this.mode = mode;
		this.initialRemote = initialRemote == null ? "" : initialRemote; //$NON-NLS-1$
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title());
	}

	private String title() {
		return switch (mode) {
		case SHARE -> Messages.share_title;
		case CLONE -> Messages.clone_title;
		case LOGIN -> Messages.login_title;
		};
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title());
		setMessage(switch (mode) {
		case SHARE -> Messages.share_message;
		case CLONE -> Messages.clone_message;
		case LOGIN -> Messages.login_message;
		});
		Composite grid = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(grid);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		remote = CredentialsFields.field(grid, Messages.remote_label, SWT.BORDER | (mode == Mode.LOGIN ? SWT.READ_ONLY : 0));
		remote.setText(initialRemote);
		remote.setMessage(Messages.remote_hint);
		if (mode == Mode.SHARE) {
			new Label(grid, SWT.NONE);
			Composite buttons = new Composite(grid, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
			button(buttons, Messages.remote_folder, () -> new DirectoryDialog(getShell()).open());
			button(buttons, Messages.remote_bundle, () -> {
				FileDialog files = new FileDialog(getShell(), SWT.SAVE);
				files.setFilterExtensions(new String[] { "*.bundle", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
				return files.open();
			});
		}
		if (mode == Mode.CLONE) {
			folder = CredentialsFields.field(grid, Messages.clone_folder, SWT.BORDER);
			new Label(grid, SWT.NONE);
			button(grid, Messages.remote_folder, () -> new DirectoryDialog(getShell()).open());
		}
		credentials = new CredentialsFields(grid);
		remote.addModifyListener(e -> credentials.setEnabled(Remotes.isHttp(remote.getText())));
		credentials.setEnabled(Remotes.isHttp(remote.getText()));
		return area;
	}

	private void button(Composite parent, String label, java.util.function.Supplier<String> browse) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		Text target = mode == Mode.CLONE && folder != null ? folder : remote;
		button.addListener(SWT.Selection, e -> {
			String chosen = browse.get();
			if (chosen != null) {
				target.setText(chosen);
			}
		});
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			String problem = problem();
			if (problem != null) {
				setErrorMessage(problem);
				return;
			}
			boolean http = Remotes.isHttp(remote.getText());
			choice = new Choice(remote.getText().strip(), folder == null ? null : folder.getText().strip(),
					http ? credentials.credentials() : null, http && credentials.remember());
		}
		super.buttonPressed(buttonId);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, switch (mode) {
		case SHARE -> Messages.share_button;
		case CLONE -> Messages.clone_button;
		case LOGIN -> Messages.login_button;
		}, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** What is missing, naming the field, or null. */
	private String problem() {
		if (remote.getText().isBlank()) {
			return Messages.remote_missing;
		}
		if (folder != null && folder.getText().isBlank()) {
			return Messages.clone_folderMissing;
		}
		return credentials.problem(Remotes.isHttp(remote.getText()));
	}

	/** The choice, once the dialog was closed with OK. */
	Choice choice() {
		return choice;
	}
}
