package org.tandem.ui.internal.problems;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.validation.ModelValidation;
import org.tandem.ui.api.editing.AfterEdits;
import org.tandem.ui.api.editing.ElementEditors;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;
import org.tandem.ui.internal.navigator.NavigatorPart;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The problems of the whole workspace: each finding of the validation and each file that could not
 * be read, with severity, message, element and file, sortable by any column. It validates again in
 * the background half a second after the last edit, and on Validate All. Double-click (or Enter)
 * opens the element in its editor, or else selects it in the navigator.
 */
public class ProblemsPart {

	/** The id of this part in the application model. */
	public static final String ID = "org.tandem.ui.part.problems"; //$NON-NLS-1$
	static final String NAVIGATOR = "org.tandem.ui.part.navigator"; //$NON-NLS-1$
	private static final int DEBOUNCE_MILLIS = 500;

	private final ComposedAdapterFactory adapters = ItemProviders.create();
	private final ModelValidation validation = new ModelValidation();
	private final Runnable validateLater = this::validateAll;
	private final AfterEdits edits = new AfterEdits(this::scheduleValidation);
	/** Runs of the validation wait for each other: they share the validator. */
	private final ISchedulingRule oneAtATime = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	@Inject
	@Optional
	private ElementEditors editors;

	@Inject
	@Optional
	private EPartService parts;

	@Inject
	@Optional
	private ESelectionService selection;

	@Inject
	private UISynchronize sync;

	@Inject
	private MPart part;

	private TableViewer viewer;
	private ProblemSorter sorter;
	private ModelWorkspace workspace;
	private Job running;

	@PostConstruct
	void create(Composite parent) {
		TableColumnLayout layout = new TableColumnLayout();
		parent.setLayout(layout);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		ItemProviderLabelProvider labels = new ItemProviderLabelProvider(adapters, new ItemImages(viewer.getControl()));
		List<Function<Problem, String>> keys = List.of(p -> severity(p.severity()), Problem::message,
				p -> p.element() == null ? "" : labels.getText(p.element()), Problem::file); //$NON-NLS-1$
		sorter = new ProblemSorter(keys);
		column(layout, Messages.problems_severity, 2, keys.get(0), p -> severityImage(p.severity()));
		column(layout, Messages.problems_message, 10, keys.get(1), p -> null);
		column(layout, Messages.problems_element, 4, keys.get(2), p -> p.element() == null ? null : labels.getImage(p.element()));
		column(layout, Messages.problems_file, 4, keys.get(3), p -> null);
		viewer.setComparator(sorter);
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(0));
		viewer.getTable().setSortDirection(sorter.direction());
		viewer.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		viewer.addSelectionChangedListener(e -> {
			if (selection != null && e.getStructuredSelection().getFirstElement() instanceof Problem p && p.element() != null) {
				selection.setSelection(p.element());
			}
		});
		validateAll();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Problem, String> text, Function<Problem, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Problem) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((Problem) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((Problem) element);
			}
		});
		int index = viewer.getTable().getColumnCount() - 1;
		column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
		GC gc = new GC(viewer.getTable());
		try {
			layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, gc.textExtent(title).x + 32, true));
		} finally {
			gc.dispose();
		}
	}

	void sortBy(int index) {
		sorter.sortBy(index);
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(index));
		viewer.getTable().setSortDirection(sorter.direction());
		viewer.refresh();
	}

	static String severity(int severity) {
		return severity >= Diagnostic.ERROR ? Messages.problems_error
				: severity >= Diagnostic.WARNING ? Messages.problems_warning : Messages.problems_info;
	}

	private static Image severityImage(int severity) {
		return JFaceResources.getImage(severity >= Diagnostic.ERROR ? Dialog.DLG_IMG_MESSAGE_ERROR
				: severity >= Diagnostic.WARNING ? Dialog.DLG_IMG_MESSAGE_WARNING : Dialog.DLG_IMG_MESSAGE_INFO);
	}

	/** The workspace to check, once it is loaded; validated at once. */
	@Inject
	@Optional
	void workspace(ModelWorkspace workspace) {
		this.workspace = workspace;
		validateAll();
	}

	/** The edits of the workspace, after each of which it validates again (debounced). */
	@Inject
	@Optional
	void editing(ModelEditing editing) {
		edits.follow(editing);
	}

	private void scheduleValidation() {
		Display display = viewer.getControl().getDisplay();
		display.timerExec(-1, validateLater);
		display.timerExec(DEBOUNCE_MILLIS, validateLater);
	}

	/** Validates the whole workspace in a job that shows its progress and can be cancelled. */
	public void validateAll() {
		if (workspace == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (running != null) {
			running.cancel();
		}
		ValidationJob job = new ValidationJob(workspace, validation, problems -> sync.asyncExec(() -> show(problems)));
		job.setUser(true);
		job.setRule(oneAtATime);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.CANCEL) {
					sync.asyncExec(() -> showCancelled(job));
				}
			}
		});
		running = job;
		job.schedule();
	}

	/** A run that someone cancelled (rather than one that a newer run replaced) leaves the list unchecked. */
	private void showCancelled(Job job) {
		if (job == running && !viewer.getControl().isDisposed()) {
			part.setLabel(Messages.problems_titleCancelled);
		}
	}

	private void show(List<Problem> problems) {
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(problems);
			part.setLabel(problems.isEmpty() ? Messages.problems_title : NLS.bind(Messages.problems_titleCount, problems.size()));
		}
	}

	/** Opens the element of a problem in its editor, or else selects it in the navigator. */
	void open(Object row) {
		if (!(row instanceof Problem problem) || problem.element() == null) {
			return;
		}
		EObject element = problem.element();
		if (editors != null && editors.canOpen(element)) {
			editors.open(element);
			return;
		}
		MPart navigator = parts == null ? null : parts.findPart(NAVIGATOR);
		if (navigator != null) {
			parts.showPart(navigator, PartState.ACTIVATE);
			if (navigator.getObject() instanceof NavigatorPart tree) {
				tree.select(element);
			}
		} else if (selection != null) {
			selection.setSelection(element);
		}
	}

	@PreDestroy
	void dispose() {
		edits.stop();
		if (running != null) {
			running.cancel();
		}
		adapters.dispose();
	}

	TableViewer viewer() {
		return viewer;
	}

	Job running() {
		return running;
	}
}
