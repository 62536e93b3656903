package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing an editor with unsaved edits asks, in the reader's language, and does what the answer says. */
class SavePromptTest {

	/** An editor whose save clears its dirty marker, counting the saves. */
	public static final class Editor {
		MPart part;
		int saves;

		@Persist
		public void save() {
			saves++;
			part.setDirty(false);
		}
	}

	private final Shell shell = Ui.openShell();
	private final Editor editor = new Editor();
	private final MPart part = dirtyPart(editor);

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void saveSavesThroughThePartAndLetsItClose() {
		AtomicReference<String> question = org.tandem.testing.Ui.answerDialog(Messages.unsaved_title, Messages.unsaved_save);
		assertTrue(new SavePrompt(shell).save(part, true));
		assertEquals(1, editor.saves);
		assertFalse(part.isDirty());
		assertTrue(question.get().contains("Water plan (water.tandem)"), question.get());
	}

	@Test
	void dontSaveLetsItCloseWithoutSaving() {
		org.tandem.testing.Ui.answerDialog(Messages.unsaved_title, Messages.unsaved_discard);
		assertTrue(new SavePrompt(shell).saveParts(List.of(part), true));
		assertEquals(0, editor.saves);
		assertTrue(part.isDirty(), "the edits stay, unsaved");
	}

	@Test
	void cancelKeepsItOpen() {
		org.tandem.testing.Ui.answerDialog(Messages.unsaved_title, Messages.unsaved_cancel);
		assertFalse(new SavePrompt(shell).save(part, true));
		assertEquals(0, editor.saves);
	}

	private static MPart dirtyPart(Editor editor) {
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.setLabel("Water plan");
		part.setTooltip("water.tandem");
		part.setDirty(true);
		part.setObject(editor);
		part.setContext(EclipseContextFactory.create("part"));
		editor.part = part;
		return part;
	}
}
