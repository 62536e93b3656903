package org.tandem.ui.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.api.workspace.PlanFiles;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.ImportException;
import org.tandem.core.spi.ImportResult;
import org.tandem.core.spi.Importer;
import org.tandem.io.internal.Offered;
import org.tandem.io.internal.PlanImport;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.TaskGroup;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * File &gt; Import: a file of another tool, read by the registered importer for its extension,
 * whose tasks, milestones and links go into a plan of the workspace (the navigator's selection at
 * first) as one undoable command, or into a new plan of a task group, a file of its own that is
 * saved at once. Afterwards the dialog lists what the file held that Tandem could
 * not take; a file that cannot be read is named with its line, and nothing changes.
 */
final class ImportDialog extends TitleAreaDialog {

	private final ModelEditing editing;
	private final List<Offered<Importer>> importers;
	private final Object selection;
	private final Failures failures;
	private final List<Choice> plans;
	private Combo format;
	private Combo target;
	private Text file;
	private Text notMapped;

	ImportDialog(Shell parent, ModelEditing editing, List<Offered<Importer>> importers, Object selection, Failures failures) {
		super(parent);
		this.failures = failures;
		this.editing = editing;
		this.importers = importers;
		this.selection = selection;
		this.plans = Choice.importTargets(editing.workspace());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.importTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		DialogRows rows = DialogRows.in(this, area, Messages.importTitle, Messages.importMessage, failures);
		file = rows.file(this::browse);
		format = rows.combo(Messages.format, importers, importer -> importer.name() + " (*." //$NON-NLS-1$
				+ String.join(", *.", importer.extensions()) + ")", 0); //$NON-NLS-1$ //$NON-NLS-2$
		target = rows.combo(Messages.targetPlan, plans, Choice::label, Choice.indexFor(plans, selection));
		file.addListener(SWT.Modify, event -> matchFormat());
		Composite fields = rows.grid();
		Label label = new Label(fields, SWT.NONE);
		label.setText(Messages.notMapped);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		notMapped = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		data.heightHint = notMapped.getLineHeight() * 6;
		data.widthHint = 520;
		notMapped.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.importButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancelButton, false);
	}

	@Override
	protected void okPressed() {
		Optional<String> problem = importFile();
		if (problem.isPresent()) {
			setErrorMessage(problem.get());
			return;
		}
		setErrorMessage(null);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		getButton(IDialogConstants.CANCEL_ID).setText(Messages.closeButton);
		getShell().setDefaultButton(getButton(IDialogConstants.CANCEL_ID));
		getShell().layout(true, true);
	}

	private Optional<String> importFile() {
		if (file.getText().isBlank()) {
			return Optional.of(Messages.noFile);
		}
		if (target.getSelectionIndex() < 0) {
			return Optional.of(Messages.noTarget);
		}
		Path path = Path.of(file.getText().strip()).toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			return Optional.of(NLS.bind(Messages.fileIsFolder, path));
		}
		Importer importer = importers.get(format.getSelectionIndex()).contribution();
		Optional<ImportResult> result;
		try {
			result = Contributions.call(importer, "import", () -> importer.read(path), failures); //$NON-NLS-1$
		} catch (ImportException e) {
			return Optional.of(e.getMessage());
		}
		if (result.isEmpty()) {
			return Optional.of(failures.takeAll());
		}
		PlanImport imported = new PlanImport(result.get(), editing.workspace().resources());
		notMapped.setText(String.join("\n", imported.notMapped())); //$NON-NLS-1$
		if (imported.plans().isEmpty()) {
			return Optional.of(Messages.nothingImported);
		}
		String summary = imported.summary();
		if (plans.get(target.getSelectionIndex()).element() instanceof TaskGroup group) {
			return intoNewPlans(group, imported.plans(), path, summary);
		}
		ImplementationPlan plan = (ImplementationPlan) plans.get(target.getSelectionIndex()).element();
		editing.domainFor(plan).ifPresent(domain -> editing.execute(plan, ImportIntoPlan.create(domain, plan, imported.plans())));
		setMessage(NLS.bind(Messages.imported, summary));
		return Optional.empty();
	}

	/** Puts each imported plan into a new, saved file of the workspace, as a plan of {@code group}. */
	private Optional<String> intoNewPlans(TaskGroup group, List<ImplementationPlan> imported, Path source, String summary) {
		ModelWorkspace workspace = editing.workspace();
		List<String> files = new ArrayList<>();
		String fallbackName = source.getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		for (ImplementationPlan plan : imported) {
			plan.setTaskGroup(group);
			try {
				XMLResource model = PlanFiles.add(workspace, plan, fallbackName);
				files.add(workspace.folder().relativize(workspace.fileOf(model).orElseThrow()).toString().replace('\\', '/'));
			} catch (IOException e) {
				return Optional.of(NLS.bind(Messages.writeFailed, workspace.folder().resolve(PlanFiles.FOLDER), e.getMessage()));
			}
		}
		setMessage(NLS.bind(Messages.importedNewFile, summary, String.join(", ", files))); //$NON-NLS-1$
		return Optional.empty();
	}

	/** Chooses the importer for the file's extension, and says so when there is none. */
	private void matchFormat() {
		String name = file.getText().strip();
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
		for (int i = 0; i < importers.size(); i++) {
			if (importers.get(i).extensions().contains(extension)) {
				format.select(i);
				setErrorMessage(null);
				return;
			}
		}
		setErrorMessage(extension.isEmpty() ? null : NLS.bind(Messages.noFormatForFile, extension));
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		List<String> filters = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Offered<Importer> importer : importers) {
			filters.add("*." + String.join(";*.", importer.extensions())); //$NON-NLS-1$ //$NON-NLS-2$
			names.add(importer.name());
		}
		filters.add("*"); //$NON-NLS-1$
		names.add(Messages.allFiles);
		dialog.setFilterExtensions(filters.toArray(String[]::new));
		dialog.setFilterNames(names.toArray(String[]::new));
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}
}
