package org.tandem.ui.internal.navigator;

import java.util.Locale;
import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.widgets.Item;
import org.tandem.core.api.edit.TextCommands;

/** Renaming in place: F2 on an element with a name opens a text field over it; Enter renames, Escape does not. */
final class Renaming {

	private static final String NAME = "name"; //$NON-NLS-1$

	private Renaming() {
	}

	static void install(TreeViewer tree, BiPredicate<EObject, String> rename) {
		tree.setColumnProperties(new String[] { NAME });
		tree.setCellEditors(new CellEditor[] { new TextCellEditor(tree.getTree()) });
		tree.setCellModifier(new ICellModifier() {
			@Override
			public boolean canModify(Object element, String property) {
				return element instanceof EObject e && TextCommands.nameOf(e).isPresent();
			}

			@Override
			public Object getValue(Object element, String property) {
				EObject e = (EObject) element;
				return TextCommands.text(e, TextCommands.nameOf(e).orElseThrow(), Locale.getDefault().getLanguage());
			}

			@Override
			public void modify(Object item, String property, Object value) {
				EObject element = (EObject) ((Item) item).getData();
				String name = String.valueOf(value).strip();
				if (!name.isEmpty() && !name.equals(getValue(element, property))) {
					rename.test(element, name);
				}
			}
		});
		TreeViewerEditor.create(tree, new ColumnViewerEditorActivationStrategy(tree) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.DEFAULT);
		tree.getControl().addKeyListener(KeyListener.keyPressedAdapter(key -> {
			Object selected = tree.getStructuredSelection().getFirstElement();
			if (key.keyCode == SWT.F2 && selected != null) {
				tree.editElement(selected, 0);
			}
		}));
	}
}
