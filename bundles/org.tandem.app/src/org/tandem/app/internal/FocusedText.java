package org.tandem.app.internal;

import java.util.Optional;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/**
 * The text field that has the keyboard focus, seen through the clipboard operations of the Edit
 * menu. SWT's Text, StyledText and Combo each have their own methods for the same operations.
 */
sealed interface FocusedText {

	boolean hasSelection();

	boolean isEditable();

	void cut();

	void copy();

	void paste();

	void selectAll();

	/** The focused text field of the display, if the focus is on one. */
	static Optional<FocusedText> of(Display display) {
		return display == null ? Optional.empty() : of(display.getFocusControl());
	}

	static Optional<FocusedText> of(Control control) {
		if (control == null || control.isDisposed()) {
			return Optional.empty();
		}
		if (control instanceof Text text) {
			return Optional.of(new InText(text));
		}
		if (control instanceof StyledText text) {
			return Optional.of(new InStyledText(text));
		}
		if (control instanceof Combo combo && (combo.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0) {
			return Optional.of(new InCombo(combo));
		}
		return Optional.empty();
	}

	record InText(Text text) implements FocusedText {
		@Override public boolean hasSelection() { return text.getSelectionCount() > 0; }
		@Override public boolean isEditable() { return text.getEditable(); }
		@Override public void cut() { text.cut(); }
		@Override public void copy() { text.copy(); }
		@Override public void paste() { text.paste(); }
		@Override public void selectAll() { text.selectAll(); }
	}

	record InStyledText(StyledText text) implements FocusedText {
		@Override public boolean hasSelection() { return text.getSelectionCount() > 0; }
		@Override public boolean isEditable() { return text.getEditable(); }
		@Override public void cut() { text.cut(); }
		@Override public void copy() { text.copy(); }
		@Override public void paste() { text.paste(); }
		@Override public void selectAll() { text.selectAll(); }
	}

	record InCombo(Combo combo) implements FocusedText {
		@Override public boolean hasSelection() { Point s = combo.getSelection(); return s.y > s.x; }
		@Override public boolean isEditable() { return true; }
		@Override public void cut() { combo.cut(); }
		@Override public void copy() { combo.copy(); }
		@Override public void paste() { combo.paste(); }
		@Override public void selectAll() { combo.setSelection(new Point(0, combo.getText().length())); }
	}
}
