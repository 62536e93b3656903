package org.tandem.app.internal;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/**
 * Prepares the application context before the workbench model is rendered: it makes the workspace
 * folder (the instance location, set by the launcher's {@code --workspace DIR}) known to every part
 * and handler.
 */
public class LifeCycle {

	@PostContextCreate
	void postContextCreate(IEclipseContext context) throws IOException {
		WorkspaceFolder workspace = WorkspaceFolder.fromUrl(Platform.getInstanceLocation().getURL());
		Files.createDirectories(workspace.path());
		context.set(WorkspaceFolder.class, workspace);
	}
}
