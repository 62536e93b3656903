package org.tandem.ui.sync.internal.credentials;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tandem.ui.sync.internal.Messages;

/**
 * Asks for the master password that protects the saved credentials; when there is none yet, asks
 * for a new one twice and refuses to go on while the two differ or it is too short.
 */
public final class MasterPasswordDialog extends TitleAreaDialog {

	static final int MINIMUM_LENGTH = 8;

	private final boolean create;
	private Text password;
	private Text repeat;
	private char[] result;

	public MasterPasswordDialog(Shell parent, boolean create) {
		super(parent);
		this.create = create;
	}

	/** A {@link MasterPassword} that asks with this dialog over {@code parent}. */
	public static MasterPassword asking(Shell parent) {
		return create -> {
			MasterPasswordDialog dialog = new MasterPasswordDialog(parent, create);
			return dialog.open() == OK ? dialog.result : null;
		};
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.master_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.master_title);
		setMessage(create ? Messages.master_create : Messages.master_enter);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		password = field(fields, Messages.master_password);
		if (create) {
			repeat = field(fields, Messages.master_repeat);
		}
		return area;
	}

	private static Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			String problem = problem();
			if (problem != null) {
				setErrorMessage(problem);
				return;
			}
			result = password.getTextChars();
		}
		super.buttonPressed(buttonId);
	}

	/** What is wrong with what was typed, naming the field, or null. */
	private String problem() {
		char[] typed = password.getTextChars();
		try {
			if (typed.length == 0) {
				return Messages.master_missing;
			}
			if (create && typed.length < MINIMUM_LENGTH) {
				return org.eclipse.osgi.util.NLS.bind(Messages.master_short, MINIMUM_LENGTH);
			}
			if (create && !Arrays.equals(typed, repeat.getTextChars())) {
				return Messages.master_differs;
			}
			return null;
		} finally {
			Arrays.fill(typed, '\0');
		}
	}
}
