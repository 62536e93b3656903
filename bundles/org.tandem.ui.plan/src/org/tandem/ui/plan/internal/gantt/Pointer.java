package org.tandem.ui.plan.internal.gantt;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Where a mouse button was pressed or released: the pointer's place over the control. SWT on GTK
 * 3 gives button events that were posted (by tests, by assistive tools) the screen's origin as
 * their place, so the editor reads the pointer instead of the event.
 */
public final class Pointer {

	private Pointer() {
	}

	public static Point over(Control control) {
		return control.toControl(control.getDisplay().getCursorLocation());
	}
}
