package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.testing.Screenshots;

/** The welcome page in the run's language (en, then de and zh in their own runs), as a picture. */
@Tag("screenshots")
class WelcomeScreenshotTest {

	@Test
	void welcomePageInTheRunsLanguage(@TempDir Path folder) throws Exception {
		String expected = Map.of("de", "Willkommen bei Tandem", "zh", "欢迎使用 Tandem", "en", "Welcome to Tandem")
				.get(Locale.getDefault().getLanguage());
		assertEquals(expected, Messages.welcome_title, "the messages follow the run's language");
		DemoWorkspace.create(folder);
		Shell shell = Ui.openShell();
		IEclipseContext context = EclipseContextFactory.create("welcome screenshot");
		try {
			shell.setSize(900, 600);
			context.set(Composite.class, new Composite(shell, 0));
			context.set(WorkspaceFolder.class, new WorkspaceFolder(folder));
			context.set(ModelWorkspace.class, ModelWorkspace.open(folder, new ModelFiles()));
			ContextInjectionFactory.make(WelcomePart.class, context);
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			shell.layout(true, true);
			Path picture = Screenshots.save(shell, "welcome");
			assertTrue(Files.size(picture) > 1000, picture.toString());
		} finally {
			shell.dispose();
			context.dispose();
		}
	}
}
