package org.tandem.app.internal;

/** Edit &gt; Cut, on the focused text field. */
public class CutHandler extends TextEditHandler {

	@Override
	boolean applies(FocusedText text) {
		return text.hasSelection() && text.isEditable();
	}

	@Override
	void apply(FocusedText text) {
		text.cut();
	}
}
