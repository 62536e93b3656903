package org.tandem.ui.dashboard.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.milestones.TrafficLight;
import org.tandem.report.internal.dashboard.MilestoneCounts;

/** A bar split in red, amber and green by how many milestones show each light, with the counts written in the parts wide enough. */
final class LightBarCanvas {

	private static final TrafficLight[] ORDER = { TrafficLight.RED, TrafficLight.AMBER, TrafficLight.GREEN };
	private final Canvas canvas;
	private final MilestoneCounts counts;

	LightBarCanvas(Composite parent, MilestoneCounts counts) {
		this.counts = counts;
		canvas = Widgets.canvas(parent, 480, 26, this::paint);
	}

	Canvas control() {
		return canvas;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		long total = counts.red() + counts.amber() + counts.green();
		if (total == 0) {
			return;
		}
		int width = Math.min(area.width, 640);
		int x = 0;
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		for (TrafficLight light : ORDER) {
			int part = (int) Math.round((double) width * counts.of(light) / total);
			if (part > 0) {
				gc.setBackground(Lights.colour(light));
				gc.fillRectangle(x, 0, part, area.height);
				String count = String.valueOf(counts.of(light));
				Point extent = gc.textExtent(count);
				if (extent.x + 8 < part) {
					gc.drawText(count, x + (part - extent.x) / 2, (area.height - extent.y) / 2, true);
				}
			}
			x += part;
		}
	}
}
