package org.tandem.ui.dashboard.internal;

import org.eclipse.swt.graphics.Color;
import org.tandem.core.api.milestones.TrafficLight;

/** The colours of the traffic lights, the same as on the milestone board and in the HTML page. */
final class Lights {

	private Lights() {
	}

	static Color colour(TrafficLight light) {
		return switch (light) {
		case GREEN -> new Color(46, 160, 67);
		case AMBER -> new Color(230, 160, 0);
		case RED -> new Color(210, 40, 40);
		};
	}
}
