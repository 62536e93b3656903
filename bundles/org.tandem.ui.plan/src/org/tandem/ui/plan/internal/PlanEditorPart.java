package org.tandem.ui.plan.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.internal.schedule.CriticalPath;
import org.tandem.core.internal.schedule.DependencyCycleException;
import org.tandem.core.internal.schedule.Schedule;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.EditorTab;
import org.tandem.ui.api.editing.ElementEditor;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.plan.internal.gantt.GanttChart;
import org.tandem.ui.plan.internal.gantt.Zoom;
import org.tandem.ui.plan.internal.model.NewItems;
import org.tandem.ui.plan.internal.model.PlanDates;
import org.tandem.ui.plan.internal.table.CellEditing;
import org.tandem.ui.plan.internal.table.ItemTexts;
import org.tandem.ui.plan.internal.table.PlanColumn;
import org.tandem.ui.plan.internal.table.PlanTree;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The implementation plan editor: the plan's work packages, tasks and milestones as a table edited
 * in place, and beside it their Gantt chart, where bars are dragged to new dates and linked to
 * each other; its critical path shows in red and each item's float in the table. Every change is
 * an undoable command on the plan's model file.
 */
public class PlanEditorPart implements ElementEditor {

	private final ComposedAdapterFactory adapters = ItemProviders.create();

	@Inject
	@Optional
	private ESelectionService selectionService;

	private ImplementationPlan plan;
	private ItemTexts texts;
	private PlanEdits edits;
	private PlanToolbar toolbar;
	private PlanTree table;
	private GanttChart chart;
	private CellEditing cells;
	private PlanChanges changes;
	private EditorTab tab;

	@PostConstruct
	void create(Composite parent, MPart part, ModelEditing editing) {
		plan = (ImplementationPlan) EditorInput.of(part);
		texts = new ItemTexts(Locale.getDefault(), LocalDate.now());
		edits = new PlanEdits(plan, editing, texts, message -> MessageDialog.openInformation(parent.getShell(), Messages.error_title, message));
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		ItemImages images = new ItemImages(parent);
		toolbar = new PlanToolbar(parent, plan, kind -> images.get(label(newOf(kind)).getImage(newOf(kind))), toolbarHandler());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar.control());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new PlanTree(sash, plan, texts, item -> image(images, item));
		chart = new GanttChart(sash, plan, table, chartActions());
		sash.setWeights(50, 50);
		cells = new CellEditing(table, edits, texts, People.of(plan));
		schedule();
		followTable(table.control());
		changes = PlanChanges.watch(plan, parent.getDisplay(), this::refresh);
		tab = EditorTab.bind(part, editing, element -> texts.name(plan));
		selectionChanged();
		fitZoomOnceShown();
	}

	/** Once the chart has its width, zooms so that the plan's whole span shows, if it can. */
	private void fitZoomOnceShown() {
		chart.control().addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
			@Override
			public void handleEvent(org.eclipse.swt.widgets.Event event) {
				if (chart.control().getClientArea().width > 0) {
					chart.control().removeListener(SWT.Resize, this);
					Zoom zoom = chart.fittingZoom();
					chart.setZoom(zoom);
					toolbar.showZoom(zoom);
					chart.reveal(plan.getStart());
				}
			}
		});
	}

	private Image image(ItemImages images, PlanItem item) {
		return images.get(label(item).getImage(item));
	}

	private IItemLabelProvider label(Object element) {
		return (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
	}

	private static PlanItem newOf(NewItems.Kind kind) {
		return switch (kind) {
			case WORK_PACKAGE -> TandemFactory.eINSTANCE.createWorkPackage();
			case TASK -> TandemFactory.eINSTANCE.createTask();
			case MILESTONE -> TandemFactory.eINSTANCE.createMilestone();
		};
	}

	/** Keeps the chart on the table's rows: it repaints when the table scrolls, expands or collapses. */
	private void followTable(Tree tree) {
		Runnable repaint = () -> tree.getDisplay().asyncExec(() -> {
			if (!chart.control().isDisposed()) {
				chart.control().redraw();
			}
		});
		tree.addListener(SWT.Selection, event -> selectionChanged());
		tree.addListener(SWT.Expand, event -> repaint.run());
		tree.addListener(SWT.Collapse, event -> repaint.run());
		tree.getVerticalBar().addListener(SWT.Selection, event -> repaint.run());
		tree.addListener(SWT.MouseVerticalWheel, event -> repaint.run());
		tree.addListener(SWT.Resize, event -> repaint.run());
		tree.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL && cells.editor() == null) {
				delete();
			}
		});
	}

	private void selectionChanged() {
		List<PlanItem> selected = table.selection();
		chart.setSelection(new LinkedHashSet<>(selected));
		if (selectionService != null) {
			selectionService.setSelection(selected.isEmpty() ? plan : selected.get(0));
		}
	}

	/** Shows the plan as it is after a change. */
	private void refresh() {
		if (table.control().isDisposed()) {
			return;
		}
		cells.close(false);
		schedule();
		table.refresh();
		chart.refresh();
		toolbar.refreshBaselines();
		chart.setBaseline(toolbar.selectedBaseline());
		selectionChanged();
	}

	/** Computes the plan's schedule for the float column and the critical bars; a plan whose links go round in a circle has none. */
	private void schedule() {
		Schedule schedule;
		try {
			schedule = new CriticalPath().compute(plan);
		} catch (DependencyCycleException cycle) {
			schedule = null;
		}
		texts.setSchedule(schedule);
		chart.setCritical(schedule == null ? Set.of() : new HashSet<>(schedule.criticalPath()));
	}

	/** Asks for a name and freezes the plan's dates as a baseline of that name, which the chart then shows. */
	void freezeBaseline() {
		LocalDate today = LocalDate.now();
		InputDialog dialog = new InputDialog(table.control().getShell(), Messages.freeze_title, Messages.freeze_message,
				NLS.bind(Messages.freeze_name, today), name -> name.isBlank() ? Messages.freeze_nameMissing : null);
		if (dialog.open() == Window.OK) {
			showBaseline(edits.freezeBaseline(dialog.getValue(), today));
		}
	}

	/** Chooses {@code baseline} in the toolbar, so that the chart shows its ghost bars. */
	void showBaseline(Baseline baseline) {
		if (baseline != null) {
			changes.flush();
			toolbar.refreshBaselines();
			toolbar.chooseBaseline(baseline);
			chart.setBaseline(baseline);
		}
	}

	private PlanToolbar.Handler toolbarHandler() {
		return new PlanToolbar.Handler() {
			@Override
			public void add(NewItems.Kind kind) {
				List<PlanItem> selected = table.selection();
				PlanItem item = edits.add(kind, selected.isEmpty() ? null : selected.get(0));
				if (item != null) {
					changes.flush();
					reveal(item);
					cells.edit(table.control().getSelection()[0], PlanColumn.NAME);
				}
			}

			@Override
			public void delete() {
				PlanEditorPart.this.delete();
			}

			@Override
			public void link(DependencyType type) {
				linkSelected(type);
			}

			@Override
			public void zoom(Zoom zoom) {
				chart.setZoom(zoom);
			}

			@Override
			public void baseline(Baseline baseline) {
				chart.setBaseline(baseline);
			}

			@Override
			public void freezeBaseline() {
				PlanEditorPart.this.freezeBaseline();
			}
		};
	}

	private GanttChart.Actions chartActions() {
		return new GanttChart.Actions() {
			@Override
			public void select(PlanItem item) {
				table.reveal(item);
				selectionChanged();
			}

			@Override
			public void changeDates(PlanItem item, LocalDate start, LocalDate finish) {
				edits.changeDates(item, start, finish);
			}

			@Override
			public void link(PlanItem predecessor, PlanItem successor) {
				edits.link(predecessor, successor, DependencyType.FINISH_TO_START);
			}
		};
	}

	private void delete() {
		edits.delete(table.selection());
	}

	/** Links the two selected items: the one that starts later depends on the other. */
	void linkSelected(DependencyType type) {
		List<PlanItem> selected = table.selection();
		if (selected.size() != 2) {
			MessageDialog.openInformation(table.control().getShell(), Messages.error_title, Messages.error_linkTwo);
			return;
		}
		PlanItem first = selected.get(0);
		PlanItem second = selected.get(1);
		LocalDate firstStart = PlanDates.start(first);
		LocalDate secondStart = PlanDates.start(second);
		boolean swap = firstStart != null && secondStart != null && secondStart.isBefore(firstStart);
		edits.link(swap ? second : first, swap ? first : second, type);
	}

	@Override
	public void reveal(EObject element) {
		table.reveal(element).ifPresent(item -> {
			selectionChanged();
			LocalDate start = PlanDates.start(item);
			if (start != null) {
				chart.reveal(start);
			}
		});
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}

	@Persist
	void save() throws IOException {
		tab.save();
	}

	@PreDestroy
	void dispose() {
		if (changes != null) {
			changes.stop();
		}
		if (tab != null) {
			tab.dispose();
		}
		adapters.dispose();
	}

	PlanTree table() {
		return table;
	}

	GanttChart chart() {
		return chart;
	}

	CellEditing cells() {
		return cells;
	}

	PlanEdits edits() {
		return edits;
	}

	PlanToolbar toolbar() {
		return toolbar;
	}

	ImplementationPlan plan() {
		return plan;
	}
}
