package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WelcomePartTest {

	private final Shell shell = Ui.openShell();

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void namesTheOpenWorkspace() {
		IEclipseContext context = EclipseContextFactory.create("welcome test");
		Composite parent = new Composite(shell, 0);
		context.set(Composite.class, parent);
		context.set(WorkspaceFolder.class, new WorkspaceFolder(Path.of("/srv/tandem/Rhein-Neckar")));
		WelcomePart welcome = ContextInjectionFactory.make(WelcomePart.class, context);
		shell.layout(true, true);
		Ui.settle();
		assertTrue(welcome.workspaceText().contains("/srv/tandem/Rhein-Neckar"), welcome.workspaceText());
		for (Control child : parent.getChildren()) {
			assertTrue(child.getSize().x > 0 && child.getSize().y > 0, child + " is laid out");
		}
	}
}
