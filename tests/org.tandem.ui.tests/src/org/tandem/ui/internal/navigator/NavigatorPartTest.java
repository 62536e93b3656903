package org.tandem.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Partnership;
import org.tandem.ui.api.editing.ModelEditing;

/** The navigator over the demo workspace, driven through its real filter field. */
class NavigatorPartTest {

	@TempDir
	Path folder;

	private Shell shell;
	private IEclipseContext context;
	private NavigatorPart navigator;

	@BeforeEach
	void open() throws Exception {
		DemoWorkspace.create(folder);
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(500, 700);
		context = EclipseContextFactory.create("navigator test");
		context.set(Composite.class, new Composite(shell, 0));
		navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
		context.dispose();
	}

	@Test
	void showsTheWorkspaceOnceItIsLoaded() throws Exception {
		assertEquals(0, navigator.tree().getTree().getItemCount());
		context.set(ModelWorkspace.class, ModelWorkspace.open(folder, new ModelFiles()));
		settle();
		assertEquals(List.of("Knowledge exchange Ruhr – Beijing-Tianjin-Hebei", "Rhine-Neckar – Urumqi research partnership",
				"Waste heat implementation plan 2024–2028", "Water management implementation plan 2024–2028").stream().sorted().toList(),
				texts(navigator.tree().getTree().getItems()).stream().sorted().toList());
		TreeItem partnership = item("Rhine-Neckar – Urumqi research partnership");
		navigator.tree().expandToLevel(partnership.getData(), 1);
		settle();
		assertTrue(texts(partnership.getItems()).contains("Task group on efficient water management"), texts(partnership.getItems()).toString());
	}

	@Test
	void theFilterKeepsMatchesAndTheWayToThem() throws Exception {
		context.set(ModelWorkspace.class, ModelWorkspace.open(folder, new ModelFiles()));
		settle();
		navigator.filterText().setText("tender");
		settle();
		assertEquals(List.of("Water management implementation plan 2024–2028"), texts(navigator.tree().getTree().getItems()));
		List<String> visible = new ArrayList<>();
		collect(navigator.tree().getTree().getItems(), visible);
		assertTrue(visible.contains("Tender and award"), visible.toString());
		assertTrue(visible.contains("WP 2 Pilot projects"), "the way to the match stays: " + visible);
		assertTrue(!visible.contains("WP 1 Baseline survey"), visible.toString());

		navigator.filterText().setText("");
		settle();
		assertEquals(4, navigator.tree().getTree().getItemCount());
	}

	@Test
	void followsChangesToTheModel() throws Exception {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		context.set(ModelWorkspace.class, workspace);
		settle();
		Partnership ruhr = (Partnership) workspace.roots().stream().filter(r -> r instanceof Partnership p
				&& p.getName().getText("en").startsWith("Knowledge exchange")).findFirst().orElseThrow();
		ruhr.getName().setText("en", "Ruhr and Jing-Jin-Ji");
		ruhr.getName().setText("de", "Ruhrgebiet und Jing-Jin-Ji");
		settle();
		assertTrue(texts(navigator.tree().getTree().getItems()).contains("Ruhr and Jing-Jin-Ji"),
				texts(navigator.tree().getTree().getItems()).toString());
	}

	@Test
	void renameInPlaceThenUndoRedoAndSave() throws Exception {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		ModelEditing editing = new ModelEditing(workspace, ItemProviders.create());
		context.set(ModelWorkspace.class, workspace);
		context.set(ModelEditing.class, editing);
		settle();
		Partnership partnership = (Partnership) item("Rhine-Neckar – Urumqi research partnership").getData();

		navigator.tree().setSelection(new StructuredSelection(partnership));
		assertTrue(navigator.tree().getTree().forceFocus(), "the tree takes the focus");
		pressF2(navigator.tree().getTree().getDisplay());
		settle();
		Text field = findText(navigator.tree().getTree());
		assertEquals("Rhine-Neckar – Urumqi research partnership", field.getText(), "F2 opens the name for editing");
		field.setText("Rhine-Neckar and Urumqi");
		navigator.tree().applyEditorValue();
		settle();
		assertEquals("Rhine-Neckar and Urumqi", partnership.getName().getText("en"));
		item("* Rhine-Neckar and Urumqi");

		CommandStack stack = editing.stackFor(partnership).orElseThrow();
		stack.undo();
		settle();
		item("Rhine-Neckar – Urumqi research partnership");
		stack.redo();
		settle();
		editing.save((XMLResource) partnership.eResource());
		settle();
		item("Rhine-Neckar and Urumqi");
		assertTrue(Files.readString(folder.resolve("partnerships/rhein-neckar-urumqi.tandem")).contains("Rhine-Neckar and Urumqi"));
		assertEquals(List.of(), editing.dirty());
		Partnership reopened = (Partnership) ModelWorkspace.open(folder, new ModelFiles()).roots().stream()
				.filter(r -> r instanceof Partnership p && p.getName().getText("zh").contains("乌鲁木齐")).findFirst().orElseThrow();
		assertEquals("Rhine-Neckar and Urumqi", reopened.getName().getText("en"));
	}

	@Test
	void undoStaysWithinOneModelFile() throws Exception {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		ModelEditing editing = new ModelEditing(workspace, ItemProviders.create());
		context.set(ModelWorkspace.class, workspace);
		context.set(ModelEditing.class, editing);
		settle();
		Partnership first = (Partnership) item("Rhine-Neckar – Urumqi research partnership").getData();
		Partnership second = (Partnership) item("Knowledge exchange Ruhr – Beijing-Tianjin-Hebei").getData();
		assertTrue(navigator.rename(first, "Eins"));
		assertTrue(navigator.rename(second, "Zwei"));
		editing.stackFor(first).orElseThrow().undo();
		assertEquals("Zwei", second.getName().getText("en"), "undo in one file leaves the other alone");
		assertEquals(List.of(second.eResource()), editing.dirty());
	}

	/** A real key press, as the keyboard makes it, to the control with the focus. */
	private static void pressF2(Display display) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event key = new Event();
			key.type = type;
			key.keyCode = SWT.F2;
			assertTrue(display.post(key), "the key event is posted");
		}
	}

	private static Text findText(Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
			if (child instanceof Composite composite) {
				Text text = findText(composite);
				if (text != null) {
					return text;
				}
			}
		}
		throw new AssertionError("no text field in " + parent);
	}

	private TreeItem item(String text) {
		for (TreeItem item : navigator.tree().getTree().getItems()) {
			if (item.getText().equals(text)) {
				return item;
			}
		}
		throw new AssertionError(text + " is not shown");
	}

	private static void collect(TreeItem[] items, List<String> into) {
		for (TreeItem item : items) {
			into.add(item.getText());
			collect(item.getItems(), into);
		}
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	private static void settle() {
		Display display = Display.getDefault();
		long end = System.nanoTime() + 2_000_000_000L;
		while (display.readAndDispatch() && System.nanoTime() < end) {
			// run what is queued
		}
	}
}
