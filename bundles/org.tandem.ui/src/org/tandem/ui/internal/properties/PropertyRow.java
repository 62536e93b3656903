package org.tandem.ui.internal.properties;

/** One property of the shown element, as widgets in the part's grid that show and edit its value. */
interface PropertyRow {

	/** Shows the model's current value again (after an edit, undo or redo), leaving a field being typed in alone. */
	void refresh();
}
