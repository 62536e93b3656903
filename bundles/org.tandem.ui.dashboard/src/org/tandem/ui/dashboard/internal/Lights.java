package org.tandem.ui.dashboard.internal;

import org.eclipse.swt.graphics.Color;
import org.tandem.core.api.milestones.TrafficLight;

/** The colours of the traffic lights, the same as on the milestone board and in the HTML page. */
final class Lights {

	private Lights() {
	}

	static Color colour(TrafficLight light) {
		int rgb = light.rgb();
		return new Color(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff);
	}
}
