package org.tandem.ui.dashboard.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A bar of how much of the way from baseline to target is done: blue up to the share, green when
 * the target is reached, a red stub when the indicator moved away from its target.
 */
final class ProgressCanvas {

	private static final Color TRACK = new Color(230, 234, 239);
	private static final Color BLUE = new Color(0, 114, 178);
	private static final Color GREEN = new Color(46, 160, 67);
	private static final Color RED = new Color(210, 40, 40);

	private final Canvas canvas;
	private final double share;

	ProgressCanvas(Composite parent, double share) {
		this.share = share;
		canvas = Widgets.canvas(parent, 240, 12, this::paint);
	}

	Canvas control() {
		return canvas;
	}

	double share() {
		return share;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setAntialias(SWT.ON);
		gc.setBackground(TRACK);
		gc.fillRoundRectangle(0, 0, area.width, area.height, area.height, area.height);
		if (share < 0) {
			gc.setBackground(RED);
			gc.fillRoundRectangle(0, 0, area.height, area.height, area.height, area.height);
		} else if (share > 0) {
			gc.setBackground(share >= 1 ? GREEN : BLUE);
			gc.fillRoundRectangle(0, 0, Math.max(area.height, (int) Math.round(area.width * Math.min(1, share))), area.height, area.height,
					area.height);
		}
	}
}
