package org.tandem.ui.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.model.api.Identified;
import org.tandem.sync.api.git.SyncException;
import org.tandem.sync.api.history.FileChanges;
import org.tandem.sync.api.history.History;
import org.tandem.sync.api.history.ModelChange.Kind;
import org.tandem.sync.api.history.Revision;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.sync.internal.HistoryRows.Row;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The History part: who changed what and when, in words, for the whole workspace or for the
 * element selected in the navigator; two versions compared; and an element or a file restored as
 * it was before a change (or as in the older compared version), one undoable command.
 */
public class HistoryPart {

	/** The id of the part (descriptor) in the application model. */
	public static final String ID = "org.tandem.ui.sync.part.history"; //$NON-NLS-1$

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());

	@Inject
	private UISynchronize ui;

	private final ComposedAdapterFactory adapters = ItemProviders.create();
	/** What each commit changed, read once (see {@link HistoryRows}). */
	private final Map<String, List<FileChanges>> known = new ConcurrentHashMap<>();

	private ModelEditing editing;
	private Label scope;
	private Button whole;
	private TableViewer changes;
	private Combo from;
	private Combo to;
	private TableViewer differences;
	private Label message;
	private List<Revision> revisions = List.of();
	private String elementId;
	private String elementLabel;
	/** The row to restore from, and the version (commit id, empty: before the first) that has it as wanted. */
	private Row chosen;
	private String chosenVersion;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().margins(6, 6).numColumns(2).applyTo(parent);
		scope = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(scope);
		whole = button(parent, Messages.history_wholeWorkspace, () -> {
			elementId = null;
			reload();
		});
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
		changes = table(sash, List.of(Messages.history_when, Messages.history_who, Messages.history_change, Messages.history_file),
				List.of(r -> WHEN.format(r.revision().when()), r -> r.revision().author(), Row::sentence, Row::path), List.of(160, 110, 560, 150));
		changes.addSelectionChangedListener(e -> choose((Row) e.getStructuredSelection().getFirstElement(), true));
		Composite comparison = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(comparison);
		new Label(comparison, SWT.NONE).setText(Messages.history_from);
		from = new Combo(comparison, SWT.READ_ONLY);
		new Label(comparison, SWT.NONE).setText(Messages.history_to);
		to = new Combo(comparison, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(from);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(to);
		button(comparison, Messages.history_compare, this::compare);
		differences = table(comparison, List.of(Messages.history_element, Messages.history_property, Messages.history_before, Messages.history_after,
				Messages.history_file), List.of(r -> r.change().elementType() + " \u00b7 " + r.change().elementLabel(), HistoryPart::what, //$NON-NLS-1$
						r -> r.change().before(), r -> r.change().after(), Row::path), List.of(220, 150, 170, 170, 150));
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(differences.getControl());
		differences.addSelectionChangedListener(e -> choose((Row) e.getStructuredSelection().getFirstElement(), false));
		sash.setWeights(3, 2);
		Composite actions = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(actions);
		button(actions, Messages.history_restoreElement, () -> restore(false));
		button(actions, Messages.history_restoreFile, () -> restore(true));
		message = new Label(actions, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
		reload();
	}

	@Inject
	@Optional
	void editing(ModelEditing shown) {
		this.editing = shown;
		reload();
	}

	/** Follows the element selected in the navigator; other selections (none, text) leave the scope as it is. */
	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) EObject element) {
		if (element instanceof Identified identified && identified.getId() != null && !identified.getId().equals(elementId)) {
			elementId = identified.getId();
			IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
			elementLabel = labels == null ? identified.getId() : labels.getText(element);
			reload();
		}
	}

	@Inject
	@Optional
	void synced(@Named(SyncPart.REFRESH) Long stamp) {
		reload();
	}

	/** Reads the history again (as a job) and shows it. */
	void reload() {
		if (scope == null || scope.isDisposed() || editing == null) {
			return;
		}
		scope.setText(elementId == null ? Messages.history_scopeWorkspace : NLS.bind(Messages.history_scopeElement, elementLabel));
		whole.setEnabled(elementId != null);
		scope.getParent().layout();
		Path folder = editing.workspace().folder();
		String id = elementId;
		if (!Files.isDirectory(folder.resolve(".git"))) { //$NON-NLS-1$
			show(List.of(), List.of(), NLS.bind(Messages.history_notShared, folder));
			return;
		}
		message.setText(Messages.history_loading);
		read(folder, rows -> {
			List<Revision> all = rows.revisions();
			List<Row> found = rows.changes(all, id);
			ui.asyncExec(() -> show(all, found, found.isEmpty() ? Messages.history_none : "")); //$NON-NLS-1$
		});
	}

	private void show(List<Revision> all, List<Row> rows, String text) {
		if (changes.getControl().isDisposed()) {
			return;
		}
		revisions = all;
		changes.setInput(rows);
		String[] items = all.stream().map(r -> WHEN.format(r.when()) + " \u00b7 " + r.author() + " \u00b7 " + r.shortId()).toArray(String[]::new); //$NON-NLS-1$ //$NON-NLS-2$
		from.setItems(items);
		to.setItems(items);
		if (items.length > 0) {
			to.select(0);
			from.select(Math.min(1, items.length - 1));
		}
		message.setText(text);
		message.getParent().layout();
	}

	/** Compares the two chosen versions (as a job) and lists what changed between them. */
	void compare() {
		int older = from.getSelectionIndex();
		int newer = to.getSelectionIndex();
		if (older < 0 || newer < 0 || editing == null) {
			return;
		}
		Revision a = revisions.get(Math.max(older, newer));
		Revision b = revisions.get(Math.min(older, newer));
		read(editing.workspace().folder(), rows -> {
			List<Row> found = rows.compare(a, b);
			ui.asyncExec(() -> {
				if (!differences.getControl().isDisposed()) {
					differences.setInput(found);
					message.setText(found.isEmpty() ? Messages.history_none : ""); //$NON-NLS-1$
				}
			});
		});
	}

	private void choose(Row row, boolean beforeTheChange) {
		if (row == null) {
			return;
		}
		chosen = row;
		Revision older = revisions.get(Math.max(from.getSelectionIndex(), to.getSelectionIndex()));
		chosenVersion = beforeTheChange ? row.revision().parent() : older.id();
	}

	/** Restores the chosen row's element, or its whole file, as the chosen version had it: one undoable command. */
	void restore(boolean wholeFile) {
		if (chosen == null || editing == null) {
			message.setText(Messages.history_chooseRow);
			return;
		}
		try (History history = History.of(editing.workspace().folder())) {
			Resource old = history.model(chosenVersion, chosen.path());
			RestoreCommands commands = new RestoreCommands(editing);
			if (wholeFile) {
				commands.file(chosen.path(), old);
			} else {
				commands.element(chosen.change().elementId(), old);
			}
			String what = wholeFile ? chosen.path() : chosen.change().elementLabel();
			message.setText(NLS.bind(Messages.history_restored, what, chosenVersion.isEmpty() ? "-" : chosenVersion.substring(0, 7))); //$NON-NLS-1$
		} catch (SyncException | IOException | IllegalStateException e) {
			message.setText(e.getMessage());
		}
		message.getParent().layout();
	}

	/** What a row changed, as a property name or the kind of change. */
	private static String what(Row row) {
		return switch (row.change().kind()) {
		case ADDED -> Messages.history_added;
		case DELETED -> Messages.history_deleted;
		case MOVED -> Messages.history_moved;
		case CHANGED, TEXT, TEXT_STATE -> row.change().language().isEmpty() ? row.change().feature()
				: row.change().feature() + " [" + row.change().language() + "]" + (row.change().kind() == Kind.TEXT_STATE ? " \u2713" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		};
	}

	/** Reads the history of {@code folder} as a job; a failure shows in the part's message line. */
	private interface Reading {
		void run(HistoryRows rows) throws IOException;
	}

	private void read(Path folder, Reading reading) {
		Job job = Job.create(Messages.job_history, monitor -> {
			try (History history = History.of(folder)) {
				reading.run(new HistoryRows(history, known));
			} catch (SyncException | IOException | RuntimeException e) {
				ui.asyncExec(() -> {
					if (!message.isDisposed()) {
						message.setText(NLS.bind(Messages.history_failed, e.getMessage()));
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static TableViewer table(Composite parent, List<String> titles, List<Function<Row, String>> texts, List<Integer> widths) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < titles.size(); i++) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(titles.get(i));
			column.getColumn().setWidth(widths.get(i));
			Function<Row, String> text = texts.get(i);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((Row) element);
				}
			});
		}
		return viewer;
	}

	private static Button button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	@PreDestroy
	void dispose() {
		adapters.dispose();
	}

	/** The rows shown in the history list (for tests). */
	TableViewer changes() {
		return changes;
	}

	/** The part's message line (for tests). */
	String message() {
		return message.getText();
	}

	/** The rows shown in the comparison (for tests). */
	TableViewer differences() {
		return differences;
	}
}
