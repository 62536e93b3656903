package org.tandem.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.internal.log.LogFile;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.testing.Ui;

class PluginWarningTest {

	private static final ContributionFailure FAILURE = new ContributionFailure("org.example.broken", "broken-domain", "name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new IllegalStateException("broken")); //$NON-NLS-1$

	@Test
	void namesThePluginAndTheLogFile(@TempDir Path folder) throws IOException {
		LogFile log = LogFile.open(folder);
		try {
			assertEquals(NLS.bind(Messages.navigator_pluginFailed, new Object[] { "org.example.broken", "broken-domain", log.file().toString() }), //$NON-NLS-1$ //$NON-NLS-2$
					shown(log));
		} finally {
			log.close();
		}
	}

	@Test
	void withoutALogFileSaysWhereTheLogGoes() {
		assertEquals(NLS.bind(Messages.navigator_pluginFailed, new Object[] { "org.example.broken", "broken-domain", Messages.navigator_logUnknown }), //$NON-NLS-1$ //$NON-NLS-2$
				shown(null));
	}

	private static String shown(LogFile log) {
		Shell shell = new Shell(Ui.display());
		try {
			shell.setLayout(new GridLayout());
			PluginWarning warning = new PluginWarning(shell, log);
			assertNull(warning.text(), "hidden until a plug-in fails"); //$NON-NLS-1$
			warning.report(FAILURE);
			Ui.waitUntil(() -> warning.text() != null, 10, "the warning line"); //$NON-NLS-1$
			return warning.text();
		} finally {
			shell.dispose();
		}
	}
}
