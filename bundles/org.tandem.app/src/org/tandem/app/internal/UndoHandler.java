package org.tandem.app.internal;

import org.eclipse.emf.common.command.CommandStack;

/** Edit &gt; Undo. */
public class UndoHandler extends StackHandler {

	@Override
	boolean applies(CommandStack stack) {
		return stack.canUndo();
	}

	@Override
	void apply(CommandStack stack) {
		stack.undo();
	}
}
