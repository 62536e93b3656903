package org.tandem.ui.indicators.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * A table of an indicator's targets or measurements, edited in place: each cell edit is one
 * {@link SetCommand} through {@link ModelEditing}; text that cannot be read is refused and its
 * reason, naming the field, goes to the problem sink.
 */
final class FigureTable {

	private final TableViewer viewer;
	private final ModelEditing editing;
	private final Consumer<String> problems;

	FigureTable(Composite parent, ModelEditing editing, List<FigureColumn> columns, Consumer<String> problems) {
		this.editing = editing;
		this.problems = problems;
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (FigureColumn column : columns) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
			viewerColumn.getColumn().setText(column.header());
			viewerColumn.getColumn().setWidth(column.width());
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text((EObject) element);
				}
			});
			viewerColumn.setEditingSupport(new Editing(column));
		}
	}

	TableViewer viewer() {
		return viewer;
	}

	void show(List<? extends EObject> figures) {
		viewer.setInput(figures.toArray());
	}

	/** Sets {@code column} of {@code figure} from typed {@code text}; false (and a problem reported) when it cannot be read. */
	boolean edit(EObject figure, FigureColumn column, String text) {
		Object value;
		try {
			value = column.parse().parse(figure, text.strip());
		} catch (IllegalArgumentException e) {
			problems.accept(e.getMessage());
			return false;
		}
		problems.accept(""); //$NON-NLS-1$
		if (value.equals(figure.eGet(column.attribute()))) {
			return true;
		}
		return editing.domainFor(figure).map(domain -> {
			Command command = SetCommand.create(domain, figure, column.attribute(), value);
			return editing.execute(figure, command);
		}).orElse(false);
	}

	private final class Editing extends EditingSupport {
		private final FigureColumn column;
		private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

		Editing(FigureColumn column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return column.text((EObject) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			edit((EObject) element, column, String.valueOf(value));
		}
	}
}
