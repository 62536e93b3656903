package org.tandem.app.internal;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.tandem.core.persistence.ModelFiles;
import org.tandem.core.workspace.ModelWorkspace;

import jakarta.annotation.PostConstruct;

/**
 * Reads the workspace's model files in the background when the workbench starts and then puts the
 * {@link ModelWorkspace} into the application context, where the navigator, the welcome page and
 * later the editors get it by injection.
 */
public class WorkspaceLoader {

	@PostConstruct
	void load(IEclipseContext application, WorkspaceFolder folder, UISynchronize sync, IEventBroker events) {
		CompletableFuture.supplyAsync(() -> {
			try {
				return ModelWorkspace.open(folder.path(), new ModelFiles());
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}).whenComplete((workspace, failure) -> sync.asyncExec(() -> {
			if (workspace != null) {
				application.set(ModelWorkspace.class, workspace);
			} else {
				events.post(StatusLine.TOPIC, failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
			}
		}));
	}
}
