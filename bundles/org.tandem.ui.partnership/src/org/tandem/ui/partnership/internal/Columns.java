package org.tandem.ui.partnership.internal;

import java.util.function.Function;

import org.eclipse.jface.layout.AbstractColumnLayout;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;

/**
 * Tables and trees with headed columns that share the width by weight. Each viewer sits alone in a
 * composite of its own (what the column layouts need); lay out {@code viewer.getControl().getParent()}.
 */
final class Columns {

	private static final int STYLE = SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL;

	private Columns() {
	}

	static TableViewer table(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		TableViewer viewer = new TableViewer(holder, STYLE | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	static TreeViewer tree(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TreeColumnLayout());
		return headed(new TreeViewer(holder, STYLE | SWT.SINGLE));
	}

	static CheckboxTreeViewer checkboxTree(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TreeColumnLayout());
		return headed(new CheckboxTreeViewer(holder, STYLE | SWT.SINGLE));
	}

	private static <T extends TreeViewer> T headed(T viewer) {
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/** Adds a column headed {@code title} that takes {@code weight} parts of the width. */
	static void add(ColumnViewer viewer, String title, int weight, CellLabelProvider labels) {
		ViewerColumn column;
		Item item;
		if (viewer instanceof TableViewer table) {
			TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
			c.getColumn().setText(title);
			column = c;
			item = c.getColumn();
		} else {
			TreeViewerColumn c = new TreeViewerColumn((TreeViewer) viewer, SWT.LEFT);
			c.getColumn().setText(title);
			column = c;
			item = c.getColumn();
		}
		column.setLabelProvider(labels);
		GC gc = new GC(viewer.getControl());
		try {
			((AbstractColumnLayout) viewer.getControl().getParent().getLayout()).setColumnData(item,
					new ColumnWeightData(weight, gc.textExtent(title).x + 36, true));
		} finally {
			gc.dispose();
		}
	}

	/** The first column: an element's icon and label. */
	static ColumnLabelProvider named(Texts texts) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return texts.label(element);
			}

			@Override
			public Image getImage(Object element) {
				return texts.labels().getImage(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		};
	}

	/** A column of plain text (also its tooltip, for cells too narrow to show it all). */
	static ColumnLabelProvider text(Function<Object, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		};
	}
}
