package org.tandem.ui.milestones.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.report.internal.ReportScope;
import org.tandem.report.internal.StatusReport;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

import jakarta.inject.Named;

/**
 * File > Report…: asks for the partnership or task group and the language, then where to save, and
 * writes the PDF status report of today (atomically); a failure is shown with the file's name.
 */
public class ReportHandler {

	@CanExecute
	public boolean canExecute(@Optional ModelWorkspace workspace) {
		return workspace != null;
	}

	@Execute
	public void execute(@Named("activeShell") Shell shell, ModelWorkspace workspace, @Optional Clock clock) {
		ComposedAdapterFactory adapters = ItemProviders.create();
		try {
			ReportDialog dialog = new ReportDialog(shell, ReportScope.all(workspace.roots()),
					new Texts(new ItemProviderLabelProvider(adapters, new ItemImages(shell))));
			if (dialog.open() != Window.OK || dialog.chosenScope() == null) {
				return;
			}
			FileDialog files = new FileDialog(shell, SWT.SAVE);
			files.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
			files.setFileName(Messages.report_fileName + ".pdf"); //$NON-NLS-1$
			files.setOverwrite(true);
			String chosen = files.open();
			if (chosen == null) {
				return;
			}
			write(shell, workspace, dialog.chosenScope(), dialog, Path.of(chosen), LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock));
		} finally {
			adapters.dispose();
		}
	}

	/** Writes the report while the cursor shows that it works (a report of a thousand milestones takes about a second). */
	private static void write(Shell shell, ModelWorkspace workspace, ReportScope scope, ReportDialog dialog, Path file, LocalDate day) {
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				new StatusReport(workspace.roots()).write(scope, dialog.chosenLanguage(), day, file);
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(shell, Messages.report_title, NLS.bind(Messages.report_failed, file, e.getMessage()));
			}
		});
	}
}
