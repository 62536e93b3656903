package org.tandem.app.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Display;

/**
 * An Edit menu command (cut, copy, paste, select all) applied to the focused text field. When no
 * text field has the focus the command is disabled, so its key binding falls through to the widget.
 */
abstract class TextEditHandler {

	@CanExecute
	boolean canExecute() {
		return FocusedText.of(Display.getCurrent()).map(this::applies).orElse(false);
	}

	@Execute
	void execute() {
		FocusedText.of(Display.getCurrent()).filter(this::applies).ifPresent(this::apply);
	}

	abstract boolean applies(FocusedText text);

	abstract void apply(FocusedText text);
}
