package org.tandem.app.internal;

import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Display;
import org.tandem.ui.api.editing.ElementClipboard;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * An Edit menu command (cut, copy, paste, select all) applied to the focused text field, or to the
 * selected elements of the focused viewer of elements (the navigator), which offers them through
 * {@link ElementClipboard#SELECTION}. When neither has the focus the command is disabled, so its
 * key binding falls through to the widget.
 */
abstract class TextEditHandler {

	@CanExecute
	boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional ModelEditing editing) {
		Optional<FocusedText> text = FocusedText.of(Display.getCurrent());
		if (text.isPresent()) {
			return applies(text.get());
		}
		return editing != null && focusedElements().map(selection -> applies(new ElementClipboard(editing), selection)).orElse(false);
	}

	@Execute
	void execute(@org.eclipse.e4.core.di.annotations.Optional ModelEditing editing) {
		Optional<FocusedText> text = FocusedText.of(Display.getCurrent());
		if (text.isPresent()) {
			text.filter(this::applies).ifPresent(this::apply);
		} else if (editing != null) {
			ElementClipboard clipboard = new ElementClipboard(editing);
			focusedElements().filter(selection -> applies(clipboard, selection)).ifPresent(selection -> apply(clipboard, selection));
		}
	}

	/** On text fields alone (as without a loaded workspace). */
	boolean canExecute() {
		return canExecute(null);
	}

	void execute() {
		execute(null);
	}

	private static Optional<ElementClipboard.Selection> focusedElements() {
		Display display = Display.getCurrent();
		return display == null ? Optional.empty() : ElementClipboard.of(display.getFocusControl());
	}

	abstract boolean applies(FocusedText text);

	abstract void apply(FocusedText text);

	/** Whether the command applies to the selected elements; by default it does not. */
	boolean applies(ElementClipboard clipboard, ElementClipboard.Selection selection) {
		return false;
	}

	void apply(ElementClipboard clipboard, ElementClipboard.Selection selection) {
		// only for commands that apply to elements
	}
}
