package org.tandem.app.internal;

/** Edit &gt; Copy, on the focused text field. */
public class CopyHandler extends TextEditHandler {

	@Override
	boolean applies(FocusedText text) {
		return text.hasSelection();
	}

	@Override
	void apply(FocusedText text) {
		text.copy();
	}
}
