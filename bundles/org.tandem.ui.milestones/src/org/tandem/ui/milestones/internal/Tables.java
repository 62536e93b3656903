package org.tandem.ui.milestones.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.milestones.TrackedMilestone;

/**
 * Tables of tracked milestones whose headed columns share the width by weight; double-click or
 * Enter on a row hands its milestone on. The viewer sits alone in a composite of its own (what
 * the column layout needs): lay out {@code viewer.getControl().getParent()}.
 */
final class Tables {

	private Tables() {
	}

	static TableViewer table(Composite parent, Consumer<TrackedMilestone> open) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		TableViewer viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof TrackedMilestone tracked) {
				open.accept(tracked);
			}
		});
		return viewer;
	}

	/** Adds a column headed {@code title} taking {@code weight} parts of the width. */
	static void column(TableViewer viewer, String title, int weight, Function<TrackedMilestone, String> text,
			Function<TrackedMilestone, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TrackedMilestone) element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((TrackedMilestone) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((TrackedMilestone) element);
			}
		});
		GC gc = new GC(viewer.getControl());
		try {
			((TableColumnLayout) viewer.getControl().getParent().getLayout()).setColumnData(column.getColumn(),
					new ColumnWeightData(weight, gc.textExtent(title).x + 36, true));
		} finally {
			gc.dispose();
		}
	}
}
