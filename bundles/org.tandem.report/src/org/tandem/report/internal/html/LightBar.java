package org.tandem.report.internal.html;

import org.tandem.core.api.milestones.TrafficLight;
import org.tandem.report.internal.dashboard.MilestoneCounts;

/** An SVG bar split in red, amber and green by how many milestones show each light, with the counts in the parts wide enough. */
final class LightBar {

	private static final int WIDTH = 640;
	private static final int HEIGHT = 30;
	private static final TrafficLight[] ORDER = { TrafficLight.RED, TrafficLight.AMBER, TrafficLight.GREEN };

	private LightBar() {
	}

	/** The colour of a light, as the workbench's lamps show it. */
	static String colour(TrafficLight light) {
		return String.format("#%06x", Integer.valueOf(light.rgb())); //$NON-NLS-1$
	}

	/** Writes the bar of {@code counts}, titled {@code title}; nothing when there are no milestones. */
	static void write(Html html, MilestoneCounts counts, String title) {
		long total = counts.red() + counts.amber() + counts.green();
		if (total == 0) {
			return;
		}
		html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"height", String.valueOf(HEIGHT), "role", "img", "class", "lights"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.element("title", title); //$NON-NLS-1$
		double x = 0;
		for (TrafficLight light : ORDER) {
			double width = (double) WIDTH * counts.of(light) / total;
			if (width > 0) {
				html.empty("rect", "x", Html.number(x), "y", "0", "width", Html.number(width), "height", String.valueOf(HEIGHT), "fill", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
						colour(light));
				if (width >= 24) {
					html.element("text", String.valueOf(counts.of(light)), "x", Html.number(x + width / 2), "y", "20", "text-anchor", "middle", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
							"font-size", "14", "font-weight", "bold", "fill", "#fff"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				}
			}
			x += width;
		}
		html.close("svg"); //$NON-NLS-1$
	}
}
