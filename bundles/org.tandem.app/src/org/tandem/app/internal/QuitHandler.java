package org.tandem.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File &gt; Quit: closes the workbench. */
public class QuitHandler {

	@Execute
	void execute(IWorkbench workbench) {
		workbench.close();
	}
}
