package org.tandem.ui.plan.internal.table;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TreeEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.ui.plan.internal.PlanEdits;
import org.tandem.ui.plan.internal.gantt.Pointer;

/**
 * Edits the table's cells in place: a click on a cell of the row that is already selected (or F2
 * for the name) opens the cell's editor; Enter or leaving the editor applies the value, Escape
 * drops it.
 */
public final class CellEditing {

	private final Tree tree;
	private final CellEditors editors;
	private final TreeEditor placement;
	private TreeItem selectedBefore;
	private TreeItem pressed;
	private CellEditors.Cell open;

	public CellEditing(PlanTree plan, PlanEdits edits, ItemTexts texts, List<Person> people) {
		this.tree = plan.control();
		this.editors = new CellEditors(edits, texts, people);
		this.placement = new TreeEditor(tree);
		placement.grabHorizontal = true;
		placement.grabVertical = true;
		tree.addListener(SWT.MouseDown, event -> {
			TreeItem[] selection = tree.getSelection();
			selectedBefore = selection.length == 1 ? selection[0] : null;
			pressed = event.button == 1 ? tree.getItem(Pointer.over(tree)) : null;
		});
		tree.addListener(SWT.MouseUp, this::released);
		tree.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F2 && tree.getSelectionCount() == 1) {
				edit(tree.getSelection()[0], PlanColumn.NAME);
			}
		});
	}

	private void released(Event event) {
		Point at = Pointer.over(tree);
		TreeItem item = tree.getItem(at);
		if (item == null || item != pressed || item != selectedBefore || event.button != 1) {
			return;
		}
		for (PlanColumn column : PlanColumn.values()) {
			if (item.getBounds(column.ordinal()).contains(at)) {
				edit(item, column);
				return;
			}
		}
	}

	/** Opens the editor of one cell, when the cell can be edited. */
	public void edit(TreeItem item, PlanColumn column) {
		close(true);
		if (!(item.getData() instanceof PlanItem element) || !CellEditors.editable(element, column)) {
			return;
		}
		tree.showItem(item);
		tree.showColumn(tree.getColumn(column.ordinal()));
		CellEditors.Cell cell = editors.create(tree, element, column);
		open = cell;
		Control control = cell.control();
		placement.setEditor(control, item, column.ordinal());
		control.addListener(SWT.DefaultSelection, event -> close(true));
		control.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				close(false);
			} else if (event.detail == SWT.TRAVERSE_RETURN) {
				event.doit = false;
				close(true);
			}
		});
		control.addListener(SWT.FocusOut, event -> control.getDisplay().asyncExec(() -> {
			// a date picker's calendar takes the focus into a shell of its own: that is not leaving
			Control focus = control.getDisplay().getFocusControl();
			if (open == cell && (focus == null || focus.getShell() == tree.getShell()) && !isInside(focus, control)) {
				close(true);
			}
		}));
		control.setFocus();
	}

	private static boolean isInside(Control focus, Control editor) {
		for (Control c = focus; c != null; c = c.getParent()) {
			if (c == editor) {
				return true;
			}
		}
		return false;
	}

	/** The editor open now, or null. */
	public Control editor() {
		return open == null ? null : open.control();
	}

	/** Closes the open editor, applying its value or not. */
	public void close(boolean apply) {
		CellEditors.Cell cell = open;
		if (cell == null) {
			return;
		}
		open = null;
		try {
			if (apply && !cell.control().isDisposed()) {
				cell.apply();
			}
		} finally {
			placement.setEditor(null, null, 0);
			cell.control().dispose();
			tree.setFocus();
		}
	}
}
