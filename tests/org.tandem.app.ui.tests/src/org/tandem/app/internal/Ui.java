package org.tandem.app.internal;

import org.eclipse.e4.ui.di.UISynchronize;
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

	/** Runs work on the test thread's display, as the workbench's UISynchronize does on the UI thread. */
	static UISynchronize sync() {
		return new UISynchronize() {
			@Override
			public void syncExec(Runnable runnable) {
				display().syncExec(runnable);
			}

			@Override
			public void asyncExec(Runnable runnable) {
				display().asyncExec(runnable);
			}

			@Override
			protected boolean isUIThread(Thread thread) {
				return display().getThread() == thread;
			}

			@Override
			protected void showBusyWhile(Runnable runnable) {
				runnable.run();
			}

			@Override
			protected boolean dispatchEvents() {
				return display().readAndDispatch();
			}
		};
	}

	/** Runs the event loop until {@code done} holds, for at most {@code millis}. */
	static boolean waitUntil(java.util.function.BooleanSupplier done, long millis) {
		long end = System.nanoTime() + millis * 1_000_000L;
		while (!done.getAsBoolean() && System.nanoTime() < end) {
			if (!display().readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return done.getAsBoolean();
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
