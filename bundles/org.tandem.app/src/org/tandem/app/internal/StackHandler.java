package org.tandem.app.internal;

import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.tandem.ui.api.editing.ModelEditing;

import jakarta.inject.Named;

/**
 * Edit &gt; Undo or Redo on the command stack of the selected element's model file (or of the file
 * edited last). While a text field has the focus the command is off, so that the field undoes
 * its own typing; except in fields that apply their text as model edits at once (the properties
 * part's), marked with {@link ModelEditing#UNDO_IN_MODEL}.
 */
abstract class StackHandler {

	@CanExecute
	boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional ModelEditing editing,
			@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return !textHasTheKeys() && stack(editing, selection).map(this::applies).orElse(false);
	}

	@Execute
	void execute(@org.eclipse.e4.core.di.annotations.Optional ModelEditing editing,
			@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		stack(editing, selection).filter(this::applies).ifPresent(this::apply);
	}

	private static boolean textHasTheKeys() {
		Display display = Display.getCurrent();
		return FocusedText.of(display).isPresent() && !Boolean.TRUE.equals(display.getFocusControl().getData(ModelEditing.UNDO_IN_MODEL));
	}

	private static Optional<CommandStack> stack(ModelEditing editing, Object selection) {
		return editing == null ? Optional.empty() : editing.stackFor(selection instanceof EObject e ? e : null);
	}

	abstract boolean applies(CommandStack stack);

	abstract void apply(CommandStack stack);
}
