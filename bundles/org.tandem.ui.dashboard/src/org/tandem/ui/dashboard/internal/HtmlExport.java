package org.tandem.ui.dashboard.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.tandem.report.internal.dashboard.DashboardPage;
import org.tandem.report.internal.dashboard.PartnershipDashboard;

/** "Export as HTML…": asks where to save, then writes the dashboard's page in the chosen language atomically; a failure is shown with the file's name. */
final class HtmlExport {

	private HtmlExport() {
	}

	/** Asks for the file, then writes; false when the person cancelled or writing failed. */
	static boolean ask(Shell shell, PartnershipDashboard dashboard, Locale language) {
		FileDialog files = new FileDialog(shell, SWT.SAVE);
		files.setText(Messages.export_title);
		files.setFilterExtensions(new String[] { "*.html" }); //$NON-NLS-1$
		files.setFileName(Messages.export_fileName + "-" + language.getLanguage() + ".html"); //$NON-NLS-1$ //$NON-NLS-2$
		files.setOverwrite(true);
		String chosen = files.open();
		return chosen != null && write(shell, dashboard, language, Path.of(chosen));
	}

	/** Writes the page into {@code file}; false (after telling the person why) when that fails. */
	static boolean write(Shell shell, PartnershipDashboard dashboard, Locale language, Path file) {
		boolean[] written = { false };
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				new DashboardPage(language).write(dashboard, file);
				written[0] = true;
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(shell, Messages.export_title, NLS.bind(Messages.export_failed, file, e.getMessage()));
			}
		});
		return written[0];
	}
}
