package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusLineTest {

	private final Shell shell = Ui.openShell();

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void showsReadyTheWorkspaceAndThenEachMessage() {
		IEclipseContext context = EclipseContextFactory.create("status line test");
		context.set(Composite.class, shell);
		context.set(WorkspaceFolder.class, new WorkspaceFolder(Path.of("/srv/tandem/乌鲁木齐")));
		StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
		Ui.settle();
		assertEquals(Messages.status_ready, status.message());
		assertTrue(status.workspace().endsWith("/srv/tandem/乌鲁木齐"), status.workspace());

		status.show("Plan \"Wasser 2027\" saved");
		assertEquals("Plan \"Wasser 2027\" saved", status.message());
		status.show(null);
		assertEquals("", status.message());
	}

	@Test
	void namesTheFolderOfTheWorkspaceShownOnceItChanges() throws Exception {
		IEclipseContext context = EclipseContextFactory.create("status line test");
		context.set(Composite.class, shell);
		context.set(WorkspaceFolder.class, new WorkspaceFolder(Path.of("/srv/tandem/old")));
		StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
		Path cloned = java.nio.file.Files.createTempDirectory("cloned");
		context.set(org.tandem.core.api.workspace.ModelWorkspace.class,
				org.tandem.core.api.workspace.ModelWorkspace.open(cloned, new org.tandem.core.api.persistence.ModelFiles()));
		Ui.settle();
		assertTrue(status.workspace().endsWith(cloned.getFileName().toString()), status.workspace());
	}
}
