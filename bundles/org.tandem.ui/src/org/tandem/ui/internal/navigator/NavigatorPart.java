package org.tandem.ui.internal.navigator;

import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.domains.Domain;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.core.internal.log.LogFile;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.TaskGroup;
import org.tandem.ui.api.editing.ElementClipboard;
import org.tandem.ui.api.editing.ElementEditors;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderContentProvider;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;
import org.tandem.ui.api.viewers.ViewerRefresher;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The workspace navigator: the partnerships and plans of the workspace as a tree of their regions,
 * people, task groups, concepts, work packages, tasks and milestones, with a filter that narrows the
 * tree as one types. Its context menu makes, opens, renames and deletes elements (and plans, each a
 * file of its own: New &gt; Implementation Plan on a task group, Delete on a plan); Edit &gt; Cut,
 * Copy and Paste and drag and drop move and copy them; every change an undoable command.
 */
public class NavigatorPart {

	private final ComposedAdapterFactory adapters = ItemProviders.create();

	private Text filterText;
	private TreeViewer tree;
	private LabelFilter filter;
	private ViewerRefresher refresher;
	private ItemProviderLabelProvider labels;
	private ModelEditing editing;
	private TaskGroupDomains domains;
	private PluginWarning pluginWarning;
	private final Consumer<ContributionFailure> failures = failure -> {
		if (pluginWarning != null) {
			pluginWarning.report(failure);
		}
	};
	private final CommandStackListener dirtyMarkers = event -> refreshRootLabels();
	/** Shows model files that come into the workspace or leave it (a new plan, an import, a deleted plan). */
	private final Adapter files = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES && !tree.getControl().isDisposed()) {
				tree.getControl().getDisplay().asyncExec(NavigatorPart.this::refreshRoots);
			}
		}
	};
	private ModelWorkspace workspace;

	@Inject
	@Optional
	private ESelectionService selection;

	@Inject
	@Optional
	private ElementEditors editors;

	@Inject
	@Optional
	private Clock clock;

	@PostConstruct
	void create(Composite parent, @Optional ModelWorkspace workspace, @Optional LogFile log) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(parent);
		pluginWarning = new PluginWarning(parent, log);
		showLastFailure();
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filterText.setMessage(Messages.navigator_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		tree = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		ItemProviderContentProvider content = new ItemProviderContentProvider(adapters);
		ItemImages images = new ItemImages(tree.getControl());
		labels = new ItemProviderLabelProvider(adapters, images) {
			@Override
			public Image getImage(Object element) {
				if (element instanceof TaskGroup group) {
					java.util.Optional<URL> icon = domainOf(group).flatMap(Domain::icon);
					if (icon.isPresent()) {
						return images.get(icon.get());
					}
				}
				return super.getImage(element);
			}

			@Override
			public String getText(Object element) {
				boolean dirtyRoot = editing != null && element instanceof EObject e && e.eContainer() == null
						&& e.eResource() != null && editing.isDirty(e.eResource());
				return dirtyRoot ? "* " + super.getText(element) : super.getText(element); //$NON-NLS-1$
			}
		};
		tree.setContentProvider(content);
		tree.setLabelProvider(labels);
		tree.setUseHashlookup(true);
		filter = new LabelFilter(content, labels);
		tree.addFilter(filter);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
		refresher = ViewerRefresher.attach(tree, adapters);
		filterText.addModifyListener(e -> applyFilter());
		tree.addSelectionChangedListener(e -> {
			if (selection != null) {
				selection.setSelection(e.getStructuredSelection().getFirstElement());
			}
		});
		tree.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		Renaming.install(tree, this::rename);
		NavigatorMenu.install(this, tree.getControl());
		TreeDragAndDrop.install(tree, () -> editing);
		tree.getControl().addKeyListener(KeyListener.keyPressedAdapter(key -> {
			if (key.keyCode == SWT.DEL && (key.stateMask & SWT.MODIFIER_MASK) == 0) {
				delete();
			}
		}));
		tree.getControl().setData(ElementClipboard.SELECTION, new ElementClipboard.Selection() {
			@Override
			public List<EObject> elements() {
				return selected();
			}

			@Override
			public void show(Collection<?> elements) {
				NavigatorPart.this.show(elements);
			}
		});
		workspace(workspace);
	}

	/** Undoable edits of the workspace, once it is loaded. */
	@Inject
	@Optional
	void editing(ModelEditing editing) {
		if (this.editing != null) {
			this.editing.removeListener(dirtyMarkers);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(dirtyMarkers);
		}
	}

	/**
	 * The registered task-group domains (for New &gt; Task group and the groups' icons); a plug-in
	 * that fails in one is named in a line above the tree.
	 */
	@Inject
	@Optional
	void domains(TaskGroupDomains domains) {
		if (this.domains != null) {
			this.domains.removeFailureListener(failures);
		}
		this.domains = domains;
		if (domains != null) {
			domains.addFailureListener(failures);
			showLastFailure();
		}
	}

	private void showLastFailure() {
		if (domains != null) {
			domains.failures().stream().reduce((first, second) -> second).ifPresent(failures);
		}
	}

	/** The registered domain of {@code group}, if it has one. */
	private java.util.Optional<Domain> domainOf(TaskGroup group) {
		return domains == null || group.getDomain() == null ? java.util.Optional.empty() : domains.find(group.getDomain());
	}

	/** The registered domains, none when there is no registry. */
	List<Domain> domains() {
		return domains == null ? List.of() : domains.all();
	}

	/** Renames an element in the reader's language, as an undoable command. */
	boolean rename(EObject element, String name) {
		return editing != null && TextCommands.nameOf(element)
				.map(feature -> editing.execute(element, TextCommands.setText(element, feature, Locale.getDefault().getLanguage(), name)))
				.orElse(false);
	}

	/** The selected elements. */
	List<EObject> selected() {
		return TreeDragAndDrop.elements(tree.getStructuredSelection());
	}

	ModelEditing editing() {
		return editing;
	}

	boolean canOpen(EObject element) {
		return editors != null && element != null && editors.canOpen(element);
	}

	/** Makes a new element with {@code command} inside {@code owner}, selects it and opens its name for editing. */
	void create(EObject owner, Command command) {
		if (editing != null && editing.execute(owner, command)) {
			tree.refresh(owner);
			command.getResult().stream().findFirst().filter(EObject.class::isInstance).map(EObject.class::cast).ifPresent(child -> {
				show(List.of(child));
				// after the refresh that the new child's notifications have queued, which would end the editing
				tree.getControl().getDisplay().asyncExec(() -> {
					if (!tree.getControl().isDisposed()) {
						startRename(child);
					}
				});
			});
		}
	}

	/** Opens the name of {@code element} for editing in place (as F2 does). */
	void startRename(EObject element) {
		if (element != null && TextCommands.nameOf(element).isPresent()) {
			tree.editElement(element, 0);
		}
	}

	/**
	 * Makes a new implementation plan of {@code group} in a file of its own (from the template of
	 * the group's domain, if it has one), then selects and opens it.
	 */
	void newPlan(TaskGroup group) {
		if (editing == null) {
			return;
		}
		LocalDate today = LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock);
		NewPlanFile.create(tree.getControl().getShell(), editing.workspace(), group, domainOf(group), today).ifPresent(plan -> {
			refreshRoots();
			show(List.of(plan));
			if (canOpen(plan)) {
				editors.open(plan);
			}
		});
	}

	/** Deletes the selected elements (or the selected plan with its file), after asking. */
	void delete() {
		List<EObject> selected = selected();
		if (editing != null && PlanFileDeletion.applies(selected)) {
			new PlanFileDeletion(editing, editors).confirmAndDelete(tree.getControl().getShell(), (ImplementationPlan) selected.get(0),
					labels.getText(selected.get(0)));
		} else if (editing != null && Deletion.canDelete(selected)) {
			new Deletion(editing, labels::getText).confirmAndDelete(tree.getControl().getShell(), selected);
		}
	}

	/** Selects and reveals {@code elements}. */
	void show(Collection<?> elements) {
		if (!elements.isEmpty()) {
			elements.stream().filter(EObject.class::isInstance).map(e -> ((EObject) e).eContainer()).distinct().forEach(tree::refresh);
			tree.setSelection(new StructuredSelection(List.copyOf(elements)), true);
		}
	}

	/** The image of an item provider's image object, for a menu item. */
	ImageDescriptor imageDescriptor(Object image) {
		return ItemImages.descriptorOf(image);
	}

	/** Opens the editor of an element (double-click or Enter); an element without one expands or collapses. */
	void open(Object element) {
		if (element instanceof EObject e && editors != null && editors.canOpen(e)) {
			editors.open(e);
		} else if (element != null) {
			tree.setExpandedState(element, !tree.getExpandedState(element));
		}
	}

	/** Selects {@code element} in the tree, shows it and gives the tree the focus. */
	public void select(EObject element) {
		tree.setSelection(new StructuredSelection(element), true);
		tree.getControl().setFocus();
	}

	private void refreshRootLabels() {
		if (!tree.getControl().isDisposed() && tree.getInput() instanceof List<?> roots) {
			tree.update(roots.toArray(), null);
		}
	}

	/** Shows the workspace once it is loaded (and again whenever the application context gets another one). */
	@Inject
	@Optional
	void workspace(ModelWorkspace workspace) {
		if (tree != null && !tree.getControl().isDisposed() && workspace != null) {
			if (this.workspace != null) {
				this.workspace.resources().eAdapters().remove(files);
			}
			this.workspace = workspace;
			workspace.resources().eAdapters().add(files);
			List<EObject> roots = new ArrayList<>(workspace.roots());
			tree.setInput(roots);
			refresher.follow(roots);
		}
	}

	/** Shows the files the workspace holds now, keeping what is expanded and selected. */
	void refreshRoots() {
		if (workspace == null || tree.getControl().isDisposed() || !(tree.getInput() instanceof List<?>)) {
			return;
		}
		List<EObject> roots = roots();
		List<EObject> now = workspace.roots();
		if (!roots.equals(now)) {
			roots.clear();
			roots.addAll(now);
			refresher.follow(roots);
			tree.refresh();
		}
	}

	private void applyFilter() {
		filter.setText(filterText.getText());
		tree.getControl().setRedraw(false);
		try {
			tree.refresh();
			if (filter.isActive()) {
				tree.expandAll();
			}
		} finally {
			tree.getControl().setRedraw(true);
		}
	}

	@PreDestroy
	void dispose() {
		if (workspace != null) {
			workspace.resources().eAdapters().remove(files);
		}
		editing(null);
		domains(null);
		adapters.dispose();
	}

	TreeViewer tree() {
		return tree;
	}

	ItemProviderLabelProvider labels() {
		return labels;
	}

	PluginWarning pluginWarning() {
		return pluginWarning;
	}

	Text filterText() {
		return filterText;
	}

	/** The root elements shown. */
	@SuppressWarnings("unchecked")
	List<EObject> roots() {
		return (List<EObject>) tree.getInput();
	}
}
