package org.tandem.app.internal;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.edit.ItemProviders;
import org.tandem.core.persistence.ModelFiles;
import org.tandem.core.workspace.ModelWorkspace;
import org.tandem.ui.editing.ModelEditing;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Reads the workspace's model files in the background when the workbench starts and then puts the
 * {@link ModelWorkspace}, and the {@link ModelEditing} that changes it, into the application
 * context, where the navigator, the welcome page and the handlers get them by injection. The
 * main window then asks before it closes with unsaved edits.
 */
public class WorkspaceLoader {

	/** Closing the main window asks about unsaved edits, as File &gt; Quit does. */
	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, MApplication application) {
		for (MWindow window : application.getChildren()) {
			window.getContext().set(IWindowCloseHandler.class,
					closing -> QuitHandler.mayClose(application.getContext().get(ModelEditing.class), (Shell) closing.getWidget()));
		}
	}

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
				application.set(ModelEditing.class, new ModelEditing(workspace, ItemProviders.create()));
			} else {
				events.post(StatusLine.TOPIC, failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
			}
		}));
	}
}
