package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.ui.api.editing.ElementClipboard;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * Edit &gt; Cut, Copy and Paste on elements: while a viewer that offers its selected elements has
 * the focus they act on the elements, while a text field has it on the text.
 */
class ElementEditHandlerTest {

	@TempDir
	Path folder;

	private Shell shell;
	private Tree tree;
	private Text text;
	private ModelEditing editing;
	private final List<EObject> selected = new ArrayList<>();
	private final List<Object> shown = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		DemoWorkspace.create(folder);
		editing = new ModelEditing(ModelWorkspace.open(folder, new ModelFiles()), ItemProviders.create());
		shell = Ui.openShell();
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		tree = new Tree(shell, SWT.BORDER);
		text = new Text(shell, SWT.BORDER);
		tree.setData(ElementClipboard.SELECTION, new ElementClipboard.Selection() {
			@Override
			public List<EObject> elements() {
				return List.copyOf(selected);
			}

			@Override
			public void show(Collection<?> elements) {
				shown.addAll(elements);
			}
		});
		shell.layout();
		shell.forceActive();
		Ui.settle();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void copyAndPasteElementsWhileTheViewerHasTheFocus() {
		Partnership partnership = partnership();
		Person person = partnership.getPeople().get(0);
		int people = partnership.getPeople().size();
		assertTrue(tree.forceFocus());
		Ui.settle();
		assertFalse(new CopyHandler().canExecute(editing), "nothing selected");
		selected.add(person);
		assertTrue(new CopyHandler().canExecute(editing));
		new CopyHandler().execute(editing);
		assertFalse(editing.isDirty(partnership.eResource()), "copying changes no file");
		assertTrue(new PasteHandler().canExecute(editing));
		new PasteHandler().execute(editing);

		assertEquals(people + 1, partnership.getPeople().size());
		Person copy = partnership.getPeople().get(people);
		assertEquals(List.of(copy), shown, "the pasted copy is shown");
		assertNotEquals(person.getId(), copy.getId());
		assertEquals(person.getLatinName(), copy.getLatinName());
		editing.stackFor(partnership).orElseThrow().undo();
		assertNull(copy.eContainer());
	}

	@Test
	void cutDeletesUndoablyAndTheTextFieldKeepsItsOwnClipboard() {
		Partnership partnership = partnership();
		Person person = partnership.getPeople().get(0);
		selected.add(person);
		assertTrue(tree.forceFocus());
		Ui.settle();
		new CutHandler().execute(editing);
		assertNull(person.eContainer(), "cut removes the element");
		editing.stackFor(partnership).orElseThrow().undo();
		assertSame(partnership, person.eContainer(), "undo brings it back");

		text.setText("Wasser");
		assertTrue(text.forceFocus());
		Ui.settle();
		text.selectAll();
		new CopyHandler().execute(editing);
		text.setText("");
		new PasteHandler().execute(editing);
		assertEquals("Wasser", text.getText(), "in a text field the commands act on its text");
	}

	private Partnership partnership() {
		return (Partnership) editing.workspace().roots().stream()
				.filter(r -> r instanceof Partnership p && p.getName().getText("en").startsWith("Rhine-Neckar")).findFirst().orElseThrow();
	}
}
