package org.tandem.ui.sync.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tandem.testing.Ui;

/** Fills in a dialog once it shows: the text after each named label, check boxes, then a button. */
final class Dialogs {

	private final String title;
	private final Map<String, String> texts = new LinkedHashMap<>();
	private final java.util.List<String> checks = new java.util.ArrayList<>();

	Dialogs(String title) {
		this.title = title;
	}

	Dialogs type(String label, String value) {
		texts.put(label, value);
		return this;
	}

	Dialogs check(String label) {
		checks.add(label);
		return this;
	}

	/** Presses {@code button} once the dialog shows (within 20 s); the reference gets its longest label. */
	AtomicReference<String> press(String button) {
		AtomicReference<String> shown = new AtomicReference<>();
		long end = System.nanoTime() + 20_000_000_000L;
		Ui.display().timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : Ui.display().getShells()) {
					if (title.equals(shell.getText()) && shell.isVisible()) {
						fill(shell, button, shown);
						return;
					}
				}
				if (System.nanoTime() < end) {
					Ui.display().timerExec(50, this);
				}
			}
		});
		return shown;
	}

	private void fill(Shell shell, String button, AtomicReference<String> shown) {
		texts.forEach((label, value) -> {
			Label name = Ui.find(shell, Label.class, l -> label.equals(l.getText())).orElseThrow(() -> new AssertionError("no field " + label));
			Control[] siblings = name.getParent().getChildren();
			for (int i = 0; i < siblings.length - 1; i++) {
				if (siblings[i] == name) {
					((Text) siblings[i + 1]).setText(value);
				}
			}
		});
		for (String check : checks) {
			Button box = Ui.find(shell, Button.class, b -> check.equals(b.getText())).orElseThrow();
			box.setSelection(true);
		}
		shown.set(Ui.findAll(shell, Label.class, l -> true).stream().map(Label::getText).reduce("", (a, b) -> b.length() > a.length() ? b : a)); //$NON-NLS-1$
		Ui.find(shell, Button.class, b -> button.equals(b.getText())).orElseThrow(() -> new AssertionError("no button " + button))
				.notifyListeners(SWT.Selection, new Event());
	}
}
