package org.tandem.app.internal;

import org.eclipse.emf.common.command.CommandStack;

/** Edit &gt; Redo. */
public class RedoHandler extends StackHandler {

	@Override
	boolean applies(CommandStack stack) {
		return stack.canRedo();
	}

	@Override
	void apply(CommandStack stack) {
		stack.redo();
	}
}
