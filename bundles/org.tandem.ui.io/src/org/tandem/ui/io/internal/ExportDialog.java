package org.tandem.ui.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tandem.core.api.persistence.AtomicFile;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.Offered;

/**
 * File &gt; Export: a registered exporter, what to export (a partnership, task group or plan,
 * the navigator's selection at first), the language of the texts and the file. The file is
 * written through a temporary file that replaces it only when the exporter finished.
 */
final class ExportDialog extends TitleAreaDialog {

	private final List<Offered<Exporter>> exporters;
	private final Object selection;
	private final Failures failures;
	private final List<Choice> scopes;
	private Combo format;
	private Combo scope;
	private Combo language;
	private Text file;
	private Path written;

	ExportDialog(Shell parent, ModelWorkspace workspace, List<Offered<Exporter>> exporters, Object selection, Failures failures) {
		super(parent);
		this.failures = failures;
		this.exporters = exporters;
		this.selection = selection;
		this.scopes = Choice.scopes(workspace);
	}

	/** The file written, once the export succeeded. */
	Optional<Path> written() {
		return Optional.ofNullable(written);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.exportTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		DialogRows rows = DialogRows.in(this, area, Messages.exportTitle, Messages.exportMessage, failures);
		scope = rows.combo(Messages.scope, scopes, Choice::label, Choice.indexFor(scopes, selection));
		format = rows.combo(Messages.format, exporters, exporter -> exporter.name() + " (*." + exporter.extension() + ")", 0); //$NON-NLS-1$ //$NON-NLS-2$
		language = rows.combo(Messages.language, Languages.ALL, Languages::label, Languages.defaultIndex());
		file = rows.file(this::browse);
		file.setText(suggestedFile());
		format.addListener(SWT.Selection, event -> file.setText(withExtension(file.getText())));
		scope.addListener(SWT.Selection, event -> file.setText(suggestedFile()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.exportButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancelButton, false);
	}

	@Override
	protected void okPressed() {
		Optional<String> problem = export();
		if (problem.isPresent()) {
			setErrorMessage(problem.get());
		} else {
			super.okPressed();
		}
	}

	private Optional<String> export() {
		if (scope.getSelectionIndex() < 0) {
			return Optional.of(Messages.noScope);
		}
		if (file.getText().isBlank()) {
			return Optional.of(Messages.noFile);
		}
		Path target = Path.of(file.getText().strip()).toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			return Optional.of(NLS.bind(Messages.fileIsFolder, target));
		}
		Offered<Exporter> offered = exporters.get(format.getSelectionIndex());
		Exporter exporter = offered.contribution();
		EObject element = scopes.get(scope.getSelectionIndex()).element();
		if (!Contributions.call(exporter, "accepts", () -> Boolean.valueOf(exporter.accepts(element)), failures) //$NON-NLS-1$
				.orElse(Boolean.FALSE).booleanValue()) {
			return Optional.of(failures.isEmpty() ? NLS.bind(Messages.notAccepted, offered.name(), Choice.of(element).label().strip()) : failures.takeAll());
		}
		Locale locale = Languages.ALL.get(language.getSelectionIndex());
		try {
			new AtomicFile(target).write(out -> {
				if (Contributions.call(exporter, "export", () -> { //$NON-NLS-1$
					exporter.export(element, out, locale);
					return Boolean.TRUE;
				}, failures).isEmpty()) {
					throw new IOException(failures.takeAll());
				}
			});
		} catch (IOException e) {
			return Optional.of(NLS.bind(Messages.writeFailed, target, e.getMessage()));
		}
		written = target;
		return Optional.empty();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + exporters.get(format.getSelectionIndex()).extension() }); //$NON-NLS-1$
		Path current = Path.of(file.getText().isBlank() ? suggestedFile() : file.getText());
		if (current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		dialog.setFileName(current.getFileName().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(withExtension(chosen));
		}
	}

	/** A file in the home folder named after what is exported. */
	private String suggestedFile() {
		String name = scope.getSelectionIndex() < 0 ? "tandem" : Choice.name(scopes.get(scope.getSelectionIndex()).element()); //$NON-NLS-1$
		String safe = name.replaceAll("[\\\\/:*?\"<>|]+", "-").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return withExtension(Path.of(System.getProperty("user.home"), safe.isEmpty() ? "tandem" : safe).toString()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code name} with the chosen exporter's extension in place of any other exporter's. */
	private String withExtension(String name) {
		String stripped = name;
		for (Offered<Exporter> exporter : exporters) {
			if (stripped.endsWith("." + exporter.extension())) { //$NON-NLS-1$
				stripped = stripped.substring(0, stripped.length() - exporter.extension().length() - 1);
				break;
			}
		}
		return format.getSelectionIndex() < 0 ? stripped : stripped + "." + exporters.get(format.getSelectionIndex()).extension(); //$NON-NLS-1$
	}
}
