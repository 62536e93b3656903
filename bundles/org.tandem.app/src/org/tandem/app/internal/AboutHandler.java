package org.tandem.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

import org.eclipse.e4.ui.services.IServiceConstants;

/** Help &gt; About Tandem. */
public class AboutHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceFolder workspace) {
		AboutText about = AboutText.ofThisRuntime(FrameworkUtil.getBundle(getClass()).getVersion(), workspace);
		MessageDialog.openInformation(shell, about.title(), about.body());
	}
}
