package org.tandem.ui.plan.internal.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.WorkPackage;
import org.tandem.ui.plan.internal.gantt.Row;
import org.tandem.ui.plan.internal.gantt.RowSource;

/**
 * The plan's work packages, tasks and milestones as a virtual tree table: SWT asks for the rows it
 * shows, so a plan of thousands of tasks opens at once. Work packages are expanded until a person
 * collapses them. It is also the chart's {@link RowSource}: the chart draws the rows seen here.
 */
public final class PlanTree implements RowSource {

	private final Tree tree;
	private final ImplementationPlan plan;
	private final ItemTexts texts;
	private final Function<PlanItem, Image> images;
	private final Set<PlanItem> collapsed = new HashSet<>();

	public PlanTree(Composite parent, ImplementationPlan plan, ItemTexts texts, Function<PlanItem, Image> images) {
		this.plan = plan;
		this.texts = texts;
		this.images = images;
		tree = new Tree(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		for (PlanColumn column : PlanColumn.values()) {
			TreeColumn treeColumn = new TreeColumn(tree, column == PlanColumn.DURATION || column == PlanColumn.PROGRESS || column == PlanColumn.FLOAT ? SWT.RIGHT : SWT.LEFT);
			treeColumn.setText(column.title());
			treeColumn.setWidth(column.width());
			treeColumn.setMoveable(false);
		}
		tree.addListener(SWT.SetData, this::fill);
		tree.addListener(SWT.Expand, event -> collapsed.remove(((TreeItem) event.item).getData()));
		tree.addListener(SWT.Collapse, event -> collapsed.add((PlanItem) ((TreeItem) event.item).getData()));
		tree.setItemCount(plan.getItems().size());
	}

	public Tree control() {
		return tree;
	}

	private void fill(Event event) {
		fill((TreeItem) event.item, event.index);
	}

	/** Gives a row its element (the {@code index}-th of its parent's) and shows it. */
	private void fill(TreeItem item, int index) {
		TreeItem parent = item.getParentItem();
		List<PlanItem> siblings = parent == null ? plan.getItems() : children(data(parent));
		if (index < 0 || index >= siblings.size()) {
			return;
		}
		PlanItem element = siblings.get(index);
		item.setData(element);
		item.setText(texts.row(element));
		item.setImage(0, images.apply(element));
		if (element instanceof WorkPackage workPackage) {
			item.setItemCount(workPackage.getChildren().size());
			item.setExpanded(!collapsed.contains(workPackage) && !workPackage.getChildren().isEmpty());
		} else {
			item.setItemCount(0);
		}
	}

	private static List<PlanItem> children(Object element) {
		return element instanceof WorkPackage workPackage ? workPackage.getChildren() : Collections.emptyList();
	}

	/** Shows the plan as it is now (after an edit, an undo or a redo): the rows are asked for again. */
	public void refresh() {
		tree.setItemCount(plan.getItems().size());
		tree.clearAll(true);
	}

	/** The selected items, in the table's order. */
	public List<PlanItem> selection() {
		List<PlanItem> selected = new ArrayList<>();
		for (TreeItem item : tree.getSelection()) {
			if (data(item) instanceof PlanItem element) {
				selected.add(element);
			}
		}
		return selected;
	}

	/** Selects {@code element} (the item that holds it, when it lies inside one), expands its work packages and scrolls it into view. */
	public Optional<PlanItem> reveal(EObject element) {
		EObject candidate = element;
		while (candidate != null && !(candidate instanceof PlanItem)) {
			candidate = candidate.eContainer();
		}
		if (!(candidate instanceof PlanItem item) || !isInPlan(item)) {
			return Optional.empty();
		}
		TreeItem treeItem = treeItem(item, true);
		tree.setSelection(treeItem);
		tree.showItem(treeItem);
		return Optional.of(item);
	}

	private boolean isInPlan(PlanItem item) {
		EObject container = item.eContainer();
		while (container instanceof PlanItem) {
			container = container.eContainer();
		}
		return container == plan;
	}

	/** The tree item of {@code item}; with {@code expand}, its work packages are expanded on the way; null when one is collapsed. */
	private TreeItem treeItem(PlanItem item, boolean expand) {
		Deque<PlanItem> path = new ArrayDeque<>();
		for (EObject e = item; e instanceof PlanItem p; e = e.eContainer()) {
			path.push(p);
		}
		TreeItem current = null;
		for (PlanItem step : path) {
			if (current != null && !current.getExpanded()) {
				if (!expand) {
					return null;
				}
				collapsed.remove(current.getData());
				current.setExpanded(true);
			}
			current = current == null ? tree.getItem(plan.getItems().indexOf(step))
					: current.getItem(((WorkPackage) step.eContainer()).getChildren().indexOf(step));
			data(current);
		}
		return current;
	}

	/** The element of a tree item, filling the row first when the virtual tree has not yet. */
	private Object data(TreeItem item) {
		if (item.getData() == null) {
			TreeItem parent = item.getParentItem();
			fill(item, parent == null ? tree.indexOf(item) : parent.indexOf(item));
		}
		return item.getData();
	}

	@Override
	public List<Row> visibleRows() {
		List<Row> rows = new ArrayList<>();
		int offset = rowOffset();
		int bottom = tree.getClientArea().height + tree.getHeaderHeight();
		for (TreeItem item = topItem(); item != null; item = next(item)) {
			Object element = data(item);
			Rectangle bounds = item.getBounds();
			if (bounds.y + offset >= bottom) {
				break;
			}
			if (element instanceof PlanItem planItem) {
				rows.add(new Row(planItem, bounds.y + offset, Math.min(bounds.height, tree.getItemHeight())));
			}
		}
		return rows;
	}

	/**
	 * What to add to an item's y to get its place below the top of the tree: GTK measures items
	 * from below the header, the other platforms from the top of the tree.
	 */
	private int rowOffset() {
		return "gtk".equals(SWT.getPlatform()) ? tree.getHeaderHeight() : 0; //$NON-NLS-1$
	}

	/**
	 * The first row in view. {@link Tree#getTopItem()} is taken when its place confirms it (GTK
	 * may answer with a stale row right after the rows were cleared); else the row is searched
	 * among the top-level rows by their places, and then among the rows below.
	 */
	private TreeItem topItem() {
		int top = tree.getHeaderHeight() - rowOffset();
		TreeItem hint = tree.getTopItem();
		if (hint != null) {
			Rectangle bounds = hint.getBounds();
			if (bounds.y <= top && bounds.y + bounds.height > top) {
				return hint;
			}
		}
		int count = tree.getItemCount();
		if (count == 0) {
			return null;
		}
		int low = 0;
		int high = count - 1;
		int found = 0;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (tree.getItem(middle).getBounds().y <= top) {
				found = middle;
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		TreeItem item = tree.getItem(found);
		while (item != null && item.getBounds().y + item.getBounds().height <= top) {
			item = next(item);
		}
		return item;
	}

	@Override
	public Optional<Row> rowOf(PlanItem item) {
		if (!isInPlan(item)) {
			return Optional.empty();
		}
		TreeItem treeItem = treeItem(item, false);
		if (treeItem == null) {
			return Optional.empty();
		}
		Rectangle bounds = treeItem.getBounds();
		return Optional.of(new Row(item, bounds.y + rowOffset(), Math.min(bounds.height, tree.getItemHeight())));
	}

	@Override
	public int headerHeight() {
		return tree.getHeaderHeight();
	}

	@Override
	public void scroll(int rows) {
		TreeItem top = topItem();
		for (int i = 0; top != null && i < Math.abs(rows); i++) {
			TreeItem step = rows > 0 ? next(top) : previous(top);
			if (step == null) {
				break;
			}
			top = step;
		}
		if (top != null) {
			tree.setTopItem(top);
		}
	}

	/** The row below {@code item}, or null. */
	private TreeItem next(TreeItem item) {
		data(item);
		if (item.getExpanded() && item.getItemCount() > 0) {
			return item.getItem(0);
		}
		for (TreeItem current = item; current != null; current = current.getParentItem()) {
			TreeItem parent = current.getParentItem();
			int index = parent == null ? tree.indexOf(current) : parent.indexOf(current);
			int count = parent == null ? tree.getItemCount() : parent.getItemCount();
			if (index + 1 < count) {
				return parent == null ? tree.getItem(index + 1) : parent.getItem(index + 1);
			}
		}
		return null;
	}

	/** The row above {@code item}, or null. */
	private TreeItem previous(TreeItem item) {
		TreeItem parent = item.getParentItem();
		int index = parent == null ? tree.indexOf(item) : parent.indexOf(item);
		if (index == 0) {
			return parent;
		}
		TreeItem above = parent == null ? tree.getItem(index - 1) : parent.getItem(index - 1);
		data(above);
		while (above.getExpanded() && above.getItemCount() > 0) {
			above = above.getItem(above.getItemCount() - 1);
			data(above);
		}
		return above;
	}
}
