package org.tandem.app.internal;

import org.tandem.ui.api.editing.ElementClipboard;

/** Edit &gt; Paste, into the focused text field, or copies of the copied elements into the focused navigator's selected element. */
public class PasteHandler extends TextEditHandler {

	@Override
	boolean applies(FocusedText text) {
		return text.isEditable();
	}

	@Override
	void apply(FocusedText text) {
		text.paste();
	}

	@Override
	boolean applies(ElementClipboard clipboard, ElementClipboard.Selection selection) {
		return selection.elements().size() == 1 && clipboard.canPaste(selection.elements().get(0));
	}

	@Override
	void apply(ElementClipboard clipboard, ElementClipboard.Selection selection) {
		selection.show(clipboard.paste(selection.elements().get(0)));
	}
}
