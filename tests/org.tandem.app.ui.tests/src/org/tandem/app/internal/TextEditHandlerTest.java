package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edit menu commands on real text fields that have the keyboard focus. */
class TextEditHandlerTest {

	private Shell shell;
	private Text source;
	private Text target;
	private Text readOnly;
	private Button button;

	@BeforeEach
	void open() {
		shell = Ui.openShell();
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		source = new Text(shell, SWT.BORDER);
		target = new Text(shell, SWT.BORDER);
		readOnly = new Text(shell, SWT.BORDER | SWT.READ_ONLY);
		button = new Button(shell, SWT.PUSH);
		button.setText("OK");
		shell.layout();
		shell.forceActive();
		Ui.settle();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void selectAllCopyAndPasteMoveTextBetweenFields() {
		source.setText("Wassermanagement 水资源管理");
		focus(source);
		assertFalse(new CopyHandler().canExecute(), "nothing selected yet");
		execute(new SelectAllHandler());
		assertEquals(source.getText().length(), source.getSelectionCount());
		execute(new CopyHandler());

		focus(target);
		execute(new PasteHandler());
		assertEquals("Wassermanagement 水资源管理", target.getText());
	}

	@Test
	void cutRemovesTheSelection() {
		source.setText("Energieeffizienz");
		focus(source);
		source.setSelection(0, 7);
		execute(new CutHandler());
		assertEquals("effizienz", source.getText());
		focus(target);
		execute(new PasteHandler());
		assertEquals("Energie", target.getText());
	}

	@Test
	void readOnlyFieldsCanBeCopiedButNotChanged() {
		readOnly.setText("BISKO");
		focus(readOnly);
		readOnly.selectAll();
		assertTrue(new CopyHandler().canExecute());
		assertFalse(new CutHandler().canExecute());
		assertFalse(new PasteHandler().canExecute());
	}

	@Test
	void withoutAFocusedTextFieldTheCommandsAreOff() {
		focus(button);
		assertFalse(new SelectAllHandler().canExecute());
		assertFalse(new PasteHandler().canExecute());
		assertFalse(FocusedText.of(button).isPresent());
	}

	private static void focus(Control control) {
		assertTrue(control.forceFocus(), "focus on " + control);
		Ui.settle();
		assertEquals(control, control.getDisplay().getFocusControl());
	}

	private static void execute(TextEditHandler handler) {
		assertTrue(handler.canExecute(), handler.getClass().getSimpleName() + " is enabled");
		handler.execute();
		Ui.settle();
	}
}
