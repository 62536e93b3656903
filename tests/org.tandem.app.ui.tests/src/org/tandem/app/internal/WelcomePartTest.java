package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;

class WelcomePartTest {

	private final Shell shell = Ui.openShell();

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void listsThePartnershipsAndPlansOfTheWorkspace(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		org.tandem.core.internal.demo.DemoWorkspace.create(folder);
		IEclipseContext context = EclipseContextFactory.create("welcome test");
		WelcomePart welcome = welcome(context, new WorkspaceFolder(folder));
		assertEquals(List.of(), welcome.contentLabels(), "nothing before the workspace is loaded");
		context.set(ModelWorkspace.class, ModelWorkspace.open(folder, new ModelFiles()));
		assertEquals(4, welcome.contentLabels().size(), welcome.contentLabels().toString());
		assertTrue(welcome.contentLabels().contains("Rhine-Neckar – Urumqi research partnership"), welcome.contentLabels().toString());
		assertTrue(welcome.contentLabels().contains("Water management implementation plan 2024–2028"), welcome.contentLabels().toString());
	}

	private WelcomePart welcome(IEclipseContext context, WorkspaceFolder workspace) {
		context.set(Composite.class, new Composite(shell, 0));
		context.set(WorkspaceFolder.class, workspace);
		WelcomePart welcome = ContextInjectionFactory.make(WelcomePart.class, context);
		shell.layout(true, true);
		return welcome;
	}

	@Test
	void namesTheOpenWorkspace() {
		WelcomePart welcome = welcome(EclipseContextFactory.create("welcome test"), new WorkspaceFolder(Path.of("/srv/tandem/Rhein-Neckar")));
		Composite parent = (Composite) shell.getChildren()[0];
		Ui.settle();
		assertTrue(welcome.workspaceText().contains("/srv/tandem/Rhein-Neckar"), welcome.workspaceText());
		for (Control child : parent.getChildren()) {
			assertTrue(child.getSize().x > 0 && child.getSize().y > 0, child + " is laid out");
		}
	}

	@Test
	void namesTheFolderOfTheWorkspaceShownAfterASwitch() throws Exception {
		IEclipseContext context = EclipseContextFactory.create("welcome test");
		WelcomePart welcome = welcome(context, new WorkspaceFolder(Path.of("/srv/tandem/old")));
		Path cloned = java.nio.file.Files.createTempDirectory("cloned");
		context.set(org.tandem.core.api.workspace.ModelWorkspace.class,
				org.tandem.core.api.workspace.ModelWorkspace.open(cloned, new org.tandem.core.api.persistence.ModelFiles()));
		Ui.settle();
		assertTrue(welcome.workspaceText().contains(cloned.toString()), welcome.workspaceText());
	}
}
