package org.tandem.ui.partnership.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.internal.tracking.TaskGroupTracking;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Region;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.EditorTab;
import org.tandem.ui.api.editing.ElementEditor;
import org.tandem.ui.api.editing.ElementEditors;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The partnership tracker: both partner regions side by side with their people and organizations,
 * the task groups with co-chairs and health, the activities by year, and the agreements with their
 * follow-ups, which can be checked off (undoably). Selecting a row selects its element in the
 * workbench; double-clicking (or Enter) opens it in its editor when it has one. The health figures are those
 * of today, as the injected {@link Clock} (if any, else the system's) tells.
 */
public class PartnershipPart implements ElementEditor {

	/** Below this size the tracker scrolls rather than squeezing its tables to a row each. */
	private static final int MINIMUM_WIDTH = 900;
	private static final int MINIMUM_HEIGHT = 680;

	private final ComposedAdapterFactory adapters = ItemProviders.create();
	private final CommandStackListener refresh = event -> refresh();
	private final List<RegionPanel> regions = new ArrayList<>();

	@Inject
	@Optional
	private ESelectionService selection;

	@Inject
	@Optional
	private ElementEditors editors;

	@Inject
	@Optional
	private Clock clock;

	private Partnership partnership;
	private ModelEditing editing;
	private EditorTab tab;
	private SashForm regionRow;
	private Texts texts;
	private TaskGroupSection taskGroups;
	private Timeline timeline;
	private AgreementSection agreements;

	@PostConstruct
	void create(Composite parent, MPart part, ModelEditing editing) {
		this.partnership = (Partnership) EditorInput.of(part);
		this.editing = editing;
		parent.setLayout(new FillLayout());
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(MINIMUM_WIDTH, MINIMUM_HEIGHT);
		SashForm rows = new SashForm(scrolled, SWT.VERTICAL);
		scrolled.setContent(rows);
		regionRow = new SashForm(rows, SWT.HORIZONTAL);
		texts = new Texts(new ItemProviderLabelProvider(adapters, new ItemImages(rows)));
		taskGroups = new TaskGroupSection(rows, texts);
		SashForm bottom = new SashForm(rows, SWT.HORIZONTAL);
		timeline = new Timeline(bottom, texts);
		agreements = new AgreementSection(bottom, texts, this::today, this::markDone);
		rows.setWeights(40, 18, 42);
		bottom.setWeights(55, 45);
		viewers().forEach(this::wire);
		tab = EditorTab.bind(part, editing, texts::label);
		editing.addListener(refresh);
		refresh();
	}

	private LocalDate today() {
		return LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock);
	}

	/** Shows the partnership as it is now, after any edit in any model file (plans hold the milestones). */
	void refresh() {
		if (regionRow.isDisposed()) {
			return;
		}
		showRegions();
		taskGroups.show(partnership.getTaskGroups(), new TaskGroupTracking(editing.workspace().roots()), today());
		timeline.show(partnership);
		agreements.show(partnership);
	}

	private void showRegions() {
		List<Region> shown = new ArrayList<>(partnership.getRegions());
		boolean unplaced = !RegionMembers.people(partnership, null).isEmpty() || !RegionMembers.organizations(partnership, null).isEmpty();
		if (unplaced) {
			shown.add(null);
		}
		while (regions.size() < shown.size()) {
			RegionPanel panel = new RegionPanel(regionRow, texts);
			panel.viewers().forEach(this::wire);
			regions.add(panel);
		}
		while (regions.size() > shown.size()) {
			regions.remove(regions.size() - 1).control().dispose();
		}
		for (int i = 0; i < shown.size(); i++) {
			Region region = shown.get(i);
			regions.get(i).show(region == null ? Messages.region_without : texts.label(region),
					RegionMembers.people(partnership, region), RegionMembers.organizations(partnership, region));
		}
		regionRow.layout(true, true);
	}

	private List<StructuredViewer> viewers() {
		List<StructuredViewer> viewers = new ArrayList<>();
		regions.forEach(r -> viewers.addAll(r.viewers()));
		viewers.add(taskGroups.viewer());
		viewers.add(timeline.viewer());
		viewers.add(agreements.viewer());
		return viewers;
	}

	private void wire(StructuredViewer viewer) {
		viewer.addSelectionChangedListener(e -> {
			if (selection != null && e.getStructuredSelection().getFirstElement() instanceof EObject element) {
				selection.setSelection(element);
			}
		});
		viewer.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
	}

	/** Opens an element in its editor when it has one, else makes it the workbench's selection. */
	void open(Object element) {
		if (!(element instanceof EObject e)) {
			return;
		}
		if (editors != null && editors.canOpen(e)) {
			editors.open(e);
		} else if (selection != null) {
			selection.setSelection(e);
		}
	}

	/** Marks a follow-up (or all of an agreement's) as done or open, as an undoable command. */
	void markDone(Object element, boolean done) {
		editing.domainFor(partnership)
				.ifPresent(domain -> editing.execute(partnership, FollowUpCommands.markDone(domain, element, done)));
	}

	@Override
	public void reveal(EObject element) {
		for (EObject candidate = element; candidate != null && candidate != partnership; candidate = candidate.eContainer()) {
			for (StructuredViewer viewer : viewers()) {
				viewer.setSelection(new StructuredSelection(candidate), true);
				if (!viewer.getStructuredSelection().isEmpty()) {
					viewer.getControl().setFocus();
					return;
				}
			}
		}
	}

	@Persist
	void save() throws IOException {
		tab.save();
	}

	@PreDestroy
	void dispose() {
		editing.removeListener(refresh);
		tab.dispose();
		adapters.dispose();
	}

	Partnership partnership() {
		return partnership;
	}

	TaskGroupSection taskGroups() {
		return taskGroups;
	}

	Timeline timeline() {
		return timeline;
	}

	AgreementSection agreements() {
		return agreements;
	}

	List<RegionPanel> regions() {
		return regions;
	}
}
