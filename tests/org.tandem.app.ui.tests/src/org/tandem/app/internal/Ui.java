package org.tandem.app.internal;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Small helpers for tests that drive real SWT widgets on the test thread's display. */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return Display.getDefault();
	}

	/** Runs the event loop until no event is pending, so that layout, focus and styling settle. */
	static void settle() {
		Display display = display();
		long end = System.nanoTime() + 2_000_000_000L;
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				return;
			}
		}
	}

	static Shell openShell() {
		Shell shell = new Shell(display());
		shell.setText("Tandem test");
		shell.setSize(600, 400);
		shell.open();
		settle();
		return shell;
	}
}
