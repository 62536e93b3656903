package org.tandem.app.internal;

import org.tandem.ui.api.editing.ElementClipboard;

/** Edit &gt; Cut, on the focused text field or the focused navigator's elements (undoable). */
public class CutHandler extends TextEditHandler {

	@Override
	boolean applies(FocusedText text) {
		return text.hasSelection() && text.isEditable();
	}

	@Override
	void apply(FocusedText text) {
		text.cut();
	}

	@Override
	boolean applies(ElementClipboard clipboard, ElementClipboard.Selection selection) {
		return clipboard.canCut(selection.elements());
	}

	@Override
	void apply(ElementClipboard clipboard, ElementClipboard.Selection selection) {
		clipboard.cut(selection.elements());
	}
}
