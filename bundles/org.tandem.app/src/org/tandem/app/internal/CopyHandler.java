package org.tandem.app.internal;

import org.tandem.ui.api.editing.ElementClipboard;

/** Edit &gt; Copy, on the focused text field or the focused navigator's elements. */
public class CopyHandler extends TextEditHandler {

	@Override
	boolean applies(FocusedText text) {
		return text.hasSelection();
	}

	@Override
	void apply(FocusedText text) {
		text.copy();
	}

	@Override
	boolean applies(ElementClipboard clipboard, ElementClipboard.Selection selection) {
		return clipboard.canCopy(selection.elements());
	}

	@Override
	void apply(ElementClipboard clipboard, ElementClipboard.Selection selection) {
		clipboard.copy(selection.elements());
	}
}
