package org.tandem.testing;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;

/** The {@link UISynchronize} the workbench gives parts, over the test thread's display. */
public final class DisplaySynchronize extends UISynchronize {

	private final Display display = Ui.display();

	@Override
	public void syncExec(Runnable runnable) {
		display.syncExec(runnable);
	}

	@Override
	public void asyncExec(Runnable runnable) {
		display.asyncExec(runnable);
	}

	@Override
	protected boolean isUIThread(Thread thread) {
		return display.getThread() == thread;
	}

	@Override
	protected void showBusyWhile(Runnable runnable) {
		runnable.run();
	}

	@Override
	protected boolean dispatchEvents() {
		return display.readAndDispatch();
	}
}
