package org.tandem.ui.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tandem.core.internal.imports.ColumnMapping.Field;
import org.tandem.core.internal.imports.ColumnMapping;
import org.tandem.core.internal.imports.CsvRecords;
import org.tandem.core.internal.imports.CsvTables;
import org.tandem.core.internal.imports.ImportPreview;
import org.tandem.core.internal.imports.MeasurementRow;
import org.tandem.core.internal.imports.MeasurementRows;
import org.tandem.core.internal.imports.RawTable;
import org.tandem.core.internal.imports.RejectedRow;
import org.tandem.core.internal.imports.XlsxTables;
import org.tandem.model.api.Indicator;

/**
 * The import page: the file, a column for each field (guessed from the header, changeable), the
 * rows that will be imported and the rows refused with their line numbers and reasons.
 */
final class ImportPage extends WizardPage {

	private final Indicator indicator;
	private final Map<Field, Combo> columns = new EnumMap<>(Field.class);
	private Text file;
	private Label acceptedLabel;
	private Label rejectedLabel;
	private TableViewer accepted;
	private TableViewer rejected;
	private RawTable table;
	private Path path;
	private ImportPreview preview;

	ImportPage(Indicator indicator) {
		super("import"); //$NON-NLS-1$
		this.indicator = indicator;
		setTitle(Messages.importTitle);
		setDescription(Messages.importDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText(Messages.importFile);
		file = new Text(page, SWT.BORDER | SWT.READ_ONLY);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.importBrowse);
		browse.addListener(SWT.Selection, e -> browse());
		Composite mapping = new Composite(page, SWT.NONE);
		mapping.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		mapping.setLayout(new GridLayout(Field.values().length * 2, false));
		for (Field field : Field.values()) {
			new Label(mapping, SWT.NONE).setText(fieldName(field));
			Combo combo = new Combo(mapping, SWT.READ_ONLY);
			combo.addListener(SWT.Selection, e -> update());
			columns.put(field, combo);
		}
		acceptedLabel = new Label(page, SWT.NONE);
		acceptedLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		accepted = table(page, 150, new String[] { Messages.columnLine, Messages.columnDate, Messages.columnValue, Messages.columnUnit, Messages.columnSource,
				Messages.columnMethod }, new int[] { 50, 100, 100, 90, 180, 110 });
		rejectedLabel = new Label(page, SWT.NONE);
		rejectedLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		rejected = table(page, 110, new String[] { Messages.columnLine, Messages.columnReason }, new int[] { 50, 560 });
		setControl(page);
	}

	private TableViewer table(Composite parent, int height, String[] headers, int[] widths) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		data.heightHint = height;
		viewer.getControl().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < headers.length; i++) {
			int column = i;
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
			viewerColumn.getColumn().setText(headers[i]);
			viewerColumn.getColumn().setWidth(widths[i]);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return cell(element, column);
				}
			});
		}
		return viewer;
	}

	private static String cell(Object element, int column) {
		if (element instanceof RejectedRow row) {
			return column == 0 ? String.valueOf(row.line()) : row.reason();
		}
		MeasurementRow row = (MeasurementRow) element;
		return switch (column) {
		case 0 -> String.valueOf(row.line());
		case 1 -> row.date().toString();
		case 2 -> Figures.number(row.value());
		case 3 -> row.unit();
		case 4 -> row.source();
		default -> row.method();
		};
	}

	private static String fieldName(Field field) {
		return switch (field) {
		case DATE -> Messages.fieldDate;
		case VALUE -> Messages.fieldValue;
		case UNIT -> Messages.fieldUnit;
		case SOURCE -> Messages.fieldSource;
		case METHOD -> Messages.fieldMethod;
		};
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx;*.CSV;*.XLSX", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			load(Path.of(chosen));
		}
	}

	/** Reads {@code chosen} (CSV, or Excel when it ends in .xlsx), guesses the columns and shows the preview. */
	void load(Path chosen) {
		path = chosen;
		file.setText(chosen.toString());
		try {
			table = read(chosen);
		} catch (CsvRecords.UnclosedQuote e) {
			refuse(NLS.bind(Messages.importUnclosedQuote, chosen.getFileName(), Integer.valueOf(e.line())));
			return;
		} catch (IOException | RuntimeException e) {
			refuse(NLS.bind(Messages.importUnreadable, chosen.getFileName(), e.getMessage()));
			return;
		}
		ColumnMapping guess = ColumnMapping.guess(table.header());
		List<String> choices = new ArrayList<>();
		choices.add(Messages.importNoColumn);
		for (int i = 0; i < table.header().size(); i++) {
			choices.add(table.header().get(i).isBlank() ? String.valueOf(i + 1) : table.header().get(i));
		}
		for (Field field : Field.values()) {
			Combo combo = columns.get(field);
			combo.setItems(choices.toArray(String[]::new));
			combo.select(guess.column(field) + 1);
		}
		update();
	}

	private void refuse(String message) {
		table = null;
		preview = null;
		setErrorMessage(message);
		setPageComplete(false);
	}

	private static RawTable read(Path chosen) throws IOException {
		if (chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) { //$NON-NLS-1$
			try (InputStream in = Files.newInputStream(chosen)) {
				return XlsxTables.read(in);
			}
		}
		try (Reader in = Files.newBufferedReader(chosen, StandardCharsets.UTF_8)) {
			return CsvTables.read(in);
		}
	}

	/** Chooses {@code column} (from 0, or {@link ColumnMapping#NONE}) for {@code field} and updates the preview. */
	void choose(Field field, int column) {
		columns.get(field).select(column + 1);
		update();
	}

	private void update() {
		if (table == null) {
			return;
		}
		ColumnMapping mapping = new ColumnMapping(-1, -1, -1, -1, -1);
		for (Field field : Field.values()) {
			mapping = mapping.with(field, columns.get(field).getSelectionIndex() - 1);
		}
		MeasurementRows rows = new MeasurementRows(indicator, mapping, path.getFileName().toString());
		preview = rows.preview(table);
		accepted.setInput(preview.accepted().toArray());
		rejected.setInput(preview.rejected().toArray());
		acceptedLabel.setText(NLS.bind(Messages.importAccepted, preview.accepted().size()));
		rejectedLabel.setText(NLS.bind(Messages.importRejected, preview.rejected().size()));
		acceptedLabel.getParent().layout();
		if (!rows.missingColumns().isEmpty()) {
			setErrorMessage(NLS.bind(Messages.importMissing, String.join(", ", rows.missingColumns()))); //$NON-NLS-1$
		} else if (preview.accepted().isEmpty()) {
			setErrorMessage(Messages.importNothing);
		} else {
			setErrorMessage(null);
		}
		setPageComplete(!preview.accepted().isEmpty());
	}

	ImportPreview preview() {
		return preview;
	}

	TableViewer rejectedViewer() {
		return rejected;
	}
}
