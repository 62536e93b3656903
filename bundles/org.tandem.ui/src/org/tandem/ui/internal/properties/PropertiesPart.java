package org.tandem.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The properties of the selected element (from the navigator or any editor), as its EMF.Edit item
 * property descriptors list them, with their names in the reader's language, edited in place. Every
 * edit is an undoable command; the values follow every change of the model, undo included.
 */
public class PropertiesPart {

	/** The key under which each value widget keeps the name of its feature (for tests and tools). */
	static final String FIELD_KEY = "org.tandem.properties.field"; //$NON-NLS-1$

	private final ComposedAdapterFactory adapters = ItemProviders.create();
	private final List<PropertyRow> rows = new ArrayList<>();
	private final ElementWatcher watcher = new ElementWatcher(this::changed);
	private final CommandStackListener stackChanged = event -> changed();

	private CLabel title;
	private CLabel problem;
	private ScrolledComposite scroller;
	private Composite grid;
	private ItemProviderLabelProvider labels;
	private ModelEditing editing;
	private EObject element;

	@Inject
	@Optional
	private TaskGroupDomains domains;
	private boolean refreshQueued;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).margins(4, 4).applyTo(parent);
		title = new CLabel(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		problem = new CLabel(parent, SWT.NONE);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(problem);
		problem.setVisible(false);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		labels = new ItemProviderLabelProvider(adapters, new ItemImages(title));
		show(element);
	}

	/** Undoable edits of the workspace, once it is loaded. */
	@Inject
	@Optional
	void editing(ModelEditing editing) {
		if (this.editing != null) {
			this.editing.removeListener(stackChanged);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(stackChanged);
		}
		if (title != null && !title.isDisposed()) {
			show(element);
		}
	}

	/** Follows the selection; a selection without an element (this part's own, when it is active) keeps what is shown. */
	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Object selected = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
		if (!(selected instanceof EObject e) || e == element) {
			return;
		}
		if (title == null) {
			element = e; // shown once the part's widgets exist
		} else if (!title.isDisposed()) {
			show(e);
		}
	}

	/** Shows the properties of {@code element}, or a hint when it is null. */
	void show(EObject shown) {
		element = shown;
		watcher.watch(shown);
		rows.clear();
		report(null);
		if (grid != null) {
			grid.dispose();
		}
		grid = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(Field.COLUMNS).spacing(8, 4).applyTo(grid);
		scroller.setContent(grid);
		if (shown == null || editing == null) {
			title.setText(Messages.properties_empty);
			title.setImage(null);
		} else {
			title.setText(labels.getText(shown));
			title.setImage(labels.getImage(shown));
			PropertyEdits edits = new PropertyEdits(editing, this::report);
			IItemPropertySource source = (IItemPropertySource) adapters.adapt(shown, IItemPropertySource.class);
			if (source != null) {
				source.getPropertyDescriptors(shown).forEach(d -> rows.add(PropertyRows.create(grid, Field.of(shown, d), edits, domains)));
			}
		}
		scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		scroller.getParent().layout(true, true);
	}

	private void changed() {
		if (refreshQueued || title == null || title.isDisposed()) {
			return;
		}
		refreshQueued = true;
		title.getDisplay().asyncExec(this::refresh);
	}

	/** Shows the model's values again; an element no longer in the workspace (deleted) is no longer shown. */
	void refresh() {
		refreshQueued = false;
		if (title.isDisposed()) {
			return;
		}
		if (element != null && element.eResource() == null) {
			show(null);
			return;
		}
		if (element != null) {
			title.setText(labels.getText(element));
		}
		rows.forEach(PropertyRow::refresh);
	}

	private void report(String message) {
		if (problem == null || problem.isDisposed()) {
			return;
		}
		boolean showing = message != null;
		problem.setText(showing ? message : ""); //$NON-NLS-1$
		problem.setVisible(showing);
		((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = !showing;
		problem.getParent().layout(new Control[] { problem });
	}

	@PreDestroy
	void dispose() {
		watcher.watch(null);
		editing(null);
		adapters.dispose();
	}

	/** The message shown about input that was not applied, or null. */
	String problem() {
		return problem.getVisible() ? problem.getText() : null;
	}

	/** The element shown. */
	EObject element() {
		return element;
	}

	/** The grid of the rows' widgets. */
	Composite grid() {
		return grid;
	}
}
