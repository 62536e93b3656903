package org.tandem.ui.milestones.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.milestones.MilestoneTracker;
import org.tandem.core.api.milestones.MilestoneTrend;
import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.ui.api.editing.AfterEdits;
import org.tandem.ui.api.editing.ElementEditors;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The milestone board of the whole workspace: the filter bar over three tabs that show the same
 * milestones, the board (traffic lights), the milestone trend analysis and the slip table. It
 * follows every edit; double-click (or Enter) opens a milestone in its plan editor. "Today" is the
 * injected {@link Clock}'s day (if any, else the system's).
 */
public class MilestonesPart {

	/** The id of the part descriptor. */
	public static final String ID = "org.tandem.ui.milestones.board"; //$NON-NLS-1$

	private final ComposedAdapterFactory adapters = ItemProviders.create();
	private final AfterEdits edits = new AfterEdits(this::refresh);

	@Inject
	@Optional
	private ElementEditors editors;

	@Inject
	@Optional
	private ESelectionService selection;

	@Inject
	@Optional
	private Clock clock;

	private ModelWorkspace workspace;
	private FilterBar filters;
	private Label count;
	private CTabFolder tabs;
	private BoardTable board;
	private TrendChart trend;
	private SlipTable slips;
	private List<TrackedMilestone> shown = List.of();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		Texts texts = new Texts(new ItemProviderLabelProvider(adapters, new ItemImages(parent)));
		filters = new FilterBar(parent, texts, this::update);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters.control());
		count = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).applyTo(count);
		tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		board = new BoardTable(tabs, texts, this::open);
		tab(Messages.tab_board, board.viewer().getControl().getParent());
		trend = new TrendChart(tabs, texts);
		tab(Messages.tab_trend, trend.control());
		slips = new SlipTable(tabs, texts, this::open);
		tab(Messages.tab_slips, slips.viewer().getControl().getParent());
		tabs.setSelection(0);
		board.viewer().addSelectionChangedListener(e -> {
			if (selection != null && e.getStructuredSelection().getFirstElement() instanceof TrackedMilestone t) {
				selection.setSelection(t.milestone());
			}
		});
		refresh();
	}

	private void tab(String title, Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	/** The workspace, once it is loaded. */
	@Inject
	@Optional
	void workspace(ModelWorkspace workspace) {
		this.workspace = workspace;
		refresh();
	}

	/** The edits of the workspace, after each of which the board shows the milestones anew. */
	@Inject
	@Optional
	void editing(ModelEditing editing) {
		edits.follow(editing);
		refresh();
	}

	LocalDate today() {
		return LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock);
	}

	/** Offers the workspace's partnerships, people and baselines anew and shows the milestones. */
	void refresh() {
		if (filters == null || tabs.isDisposed() || workspace == null) {
			return;
		}
		filters.offer(workspace.roots(), new MilestoneTracker(workspace.roots()).baselineNames());
		update();
	}

	/** Shows the milestones that the filter bar lets through, in its order. */
	void update() {
		if (workspace == null || tabs.isDisposed()) {
			return;
		}
		LocalDate today = today();
		List<TrackedMilestone> all = new MilestoneTracker(workspace.roots()).track(today, filters.baseline());
		List<TrackedMilestone> passing = new ArrayList<>(all.stream().filter(filters.filter()).toList());
		passing.sort(filters.order());
		shown = List.copyOf(passing);
		count.setText(NLS.bind(Messages.count, shown.size(), all.size()));
		board.show(shown);
		slips.show(shown, today);
		trend.show(shown.stream().map(t -> MilestoneTrend.of(t.milestone(), today)).toList());
	}

	/** Opens the milestone in its plan editor, showing it there. */
	void open(TrackedMilestone tracked) {
		if (editors != null && editors.canOpen(tracked.milestone())) {
			editors.open(tracked.milestone());
		}
	}

	@PreDestroy
	void dispose() {
		edits.stop();
		adapters.dispose();
	}

	List<TrackedMilestone> shown() {
		return shown;
	}

	FilterBar filters() {
		return filters;
	}

	BoardTable board() {
		return board;
	}

	TrendChart trend() {
		return trend;
	}

	SlipTable slips() {
		return slips;
	}

	CTabFolder tabs() {
		return tabs;
	}
}
