package org.tandem.ui.dashboard.internal;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The dashboard's recurring widgets: headings, muted notes, read-only tables and fixed-height canvases. */
final class Widgets {

	static final Color MUTED = new Color(89, 99, 110);

	private Widgets() {
	}

	/** A heading in the dialog font's bold, {@code size} points larger. */
	static Label heading(Composite parent, String text, int size) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		label.setFont(JFaceResources.getFontRegistry().getBold(size > 1 ? JFaceResources.HEADER_FONT : JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).indent(0, size > 1 ? 12 : 6).applyTo(label);
		return label;
	}

	static Label note(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		label.setForeground(MUTED);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}

	/** A table with a header, the given columns, and as many rows as it has, without a scroll bar of its own. */
	static Table table(Composite parent, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.NO_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : columns) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(table);
		return table;
	}

	/** A canvas {@code height} pixels high (and {@code width} wide unless the layout says otherwise), painted by {@code painter}. */
	static Canvas canvas(Composite parent, int width, int height, Consumer<GC> painter) {
		Canvas canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED) {
			@Override
			public Point computeSize(int wHint, int hHint, boolean changed) {
				return new Point(wHint == SWT.DEFAULT ? width : wHint, height);
			}
		};
		canvas.addPaintListener(e -> painter.accept(e.gc));
		return canvas;
	}

	/** A row of {@code texts}. */
	static TableItem row(Table table, String... texts) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(texts);
		return item;
	}

	/** Fits the columns to their content and the table's height to its rows. */
	static void pack(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, table.getHeaderHeight() + table.getItemCount() * table.getItemHeight() + 4)
				.applyTo(table);
	}
}
