package org.tandem.ui.concept.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Undo, Redo and Save while the concept editor is active (also with the cursor in one of its
 * fields): each first writes what is being typed, so that the command never misses the last words.
 */
public abstract class EditorCommand {

	@CanExecute
	boolean canExecute(MPart part) {
		return part.getObject() instanceof ConceptEditorPart editor && applies(editor);
	}

	@Execute
	void execute(MPart part) {
		if (part.getObject() instanceof ConceptEditorPart editor && applies(editor)) {
			apply(editor);
		}
	}

	abstract boolean applies(ConceptEditorPart editor);

	abstract void apply(ConceptEditorPart editor);

	/** Edit &gt; Undo in the concept editor. */
	public static class Undo extends EditorCommand {
		@Override
		boolean applies(ConceptEditorPart editor) {
			return editor.canUndo();
		}

		@Override
		void apply(ConceptEditorPart editor) {
			editor.undo();
		}
	}

	/** Edit &gt; Redo in the concept editor. */
	public static class Redo extends EditorCommand {
		@Override
		boolean applies(ConceptEditorPart editor) {
			return editor.canRedo();
		}

		@Override
		void apply(ConceptEditorPart editor) {
			editor.redo();
		}
	}

	/** File &gt; Save in the concept editor. */
	public static class Save extends EditorCommand {
		@Override
		boolean applies(ConceptEditorPart editor) {
			return editor.canSave();
		}

		@Override
		void apply(ConceptEditorPart editor) {
			editor.save();
		}
	}
}
