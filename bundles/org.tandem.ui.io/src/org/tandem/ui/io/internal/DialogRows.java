package org.tandem.ui.io.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rows of the import and export dialogs: a label, then a field across a three-column grid. */
final class DialogRows {

	private final Composite parent;

	DialogRows(Composite parent) {
		this.parent = parent;
	}

	/**
	 * Gives {@code dialog} its title and message, shows the plug-in failures that {@code failures}
	 * holds, and starts the rows in a three-column grid in {@code area}.
	 */
	static DialogRows in(TitleAreaDialog dialog, Composite area, String title, String message, Failures failures) {
		dialog.setTitle(title);
		dialog.setMessage(message);
		if (!failures.isEmpty()) {
			dialog.setErrorMessage(failures.takeAll());
		}
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(3, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return new DialogRows(fields);
	}

	/** The three-column grid the rows are in, for a row of another kind. */
	Composite grid() {
		return parent;
	}

	/** A read-only drop-down of {@code items}, labelled {@code label}, with {@code selected} chosen. */
	<T> Combo combo(String label, List<T> items, Function<T, String> text, int selected) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		items.forEach(item -> combo.add(text.apply(item)));
		combo.setVisibleItemCount(Math.min(20, Math.max(1, items.size())));
		if (selected >= 0 && selected < items.size()) {
			combo.select(selected);
		}
		combo.setData("label", label); //$NON-NLS-1$
		return combo;
	}

	/** A file name field with a Browse button that runs {@code browse}. */
	Text file(Runnable browse) {
		new Label(parent, SWT.NONE).setText(Messages.file);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 420;
		text.setLayoutData(data);
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.browse);
		button.addListener(SWT.Selection, event -> browse.run());
		return text;
	}
}
