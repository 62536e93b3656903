package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Partnership;
import org.tandem.ui.api.editing.ModelEditing;

/** Edit &gt; Undo leaves a plain text field its own typing, but undoes the model's edits in a field that applies them at once. */
class UndoInFieldTest {

	@Test
	void undoActsOnTheModelInFieldsThatEditIt(@TempDir Path folder) throws Exception {
		DemoWorkspace.create(folder);
		ModelEditing editing = new ModelEditing(ModelWorkspace.open(folder, new ModelFiles()), ItemProviders.create());
		Partnership partnership = (Partnership) editing.workspace().roots().stream().filter(Partnership.class::isInstance).findFirst().orElseThrow();
		String language = Locale.getDefault().getLanguage();
		String before = partnership.getName().getTextOrOriginal(language);
		editing.execute(partnership, TextCommands.setText(partnership, TextCommands.nameOf(partnership).orElseThrow(), language, "Neu"));

		Shell shell = Ui.openShell();
		try {
			shell.setLayout(new FillLayout(SWT.VERTICAL));
			Text plain = new Text(shell, SWT.BORDER);
			Text property = new Text(shell, SWT.BORDER);
			property.setData(ModelEditing.UNDO_IN_MODEL, Boolean.TRUE);
			shell.layout();
			Ui.settle();

			assertTrue(plain.forceFocus());
			Ui.settle();
			assertFalse(new UndoHandler().canExecute(editing, partnership), "a plain field keeps Ctrl+Z for its typing");
			assertTrue(property.forceFocus());
			Ui.settle();
			assertTrue(new UndoHandler().canExecute(editing, null), "a property field lets Ctrl+Z undo the model's edit");
			new UndoHandler().execute(editing, null);
			assertEquals(before, partnership.getName().getTextOrOriginal(language));
		} finally {
			shell.dispose();
		}
	}
}
