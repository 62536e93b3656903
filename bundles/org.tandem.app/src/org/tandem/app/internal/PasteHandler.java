package org.tandem.app.internal;

/** Edit &gt; Paste, on the focused text field. */
public class PasteHandler extends TextEditHandler {

	@Override
	boolean applies(FocusedText text) {
		return text.isEditable();
	}

	@Override
	void apply(FocusedText text) {
		text.paste();
	}
}
