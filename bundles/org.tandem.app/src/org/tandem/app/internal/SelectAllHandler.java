package org.tandem.app.internal;

/** Edit &gt; SelectAll, on the focused text field. */
public class SelectAllHandler extends TextEditHandler {

	@Override
	boolean applies(FocusedText text) {
		return true;
	}

	@Override
	void apply(FocusedText text) {
		text.selectAll();
	}
}
