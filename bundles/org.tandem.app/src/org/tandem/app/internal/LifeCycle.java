package org.tandem.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.tandem.core.internal.log.LogFile;

/**
 * Prepares the application context before the workbench model is rendered: it makes the workspace
 * folder (the instance location, set by the launcher's {@code --workspace DIR}) known to every part
 * and handler, and starts the log file ({@code ~/.tandem/logs}, or the folder that the system
 * property {@code tandem.logs} names), which the parts name when a plug-in fails.
 */
public class LifeCycle {

	@PostContextCreate
	void postContextCreate(IEclipseContext context) throws IOException {
		WorkspaceFolder workspace = WorkspaceFolder.fromUrl(Platform.getInstanceLocation().getURL());
		Files.createDirectories(workspace.path());
		context.set(WorkspaceFolder.class, workspace);
		String logs = System.getProperty("tandem.logs"); //$NON-NLS-1$
		Path folder = logs != null ? Path.of(logs) : LogFile.folderIn(Path.of(System.getProperty("user.home"))); //$NON-NLS-1$
		try {
			context.set(LogFile.class, LogFile.open(folder));
		} catch (IOException e) {
			// the workbench runs on, logging to the standard error only, as the parts then say
			System.getLogger(LifeCycle.class.getName()).log(System.Logger.Level.WARNING, "No log file in " + folder, e); //$NON-NLS-1$
		}
	}
}
