package org.tandem.report.internal.html;

/**
 * An SVG bar of how much of the way from baseline to target is done: filled in blue up to the
 * share, in green when the target is reached, and a red stub at the start when the indicator moved
 * away from its target.
 */
final class ProgressBar {

	private static final int WIDTH = 320;
	private static final int HEIGHT = 12;

	private ProgressBar() {
	}

	/** Writes the bar for {@code share} (0: at the baseline, 1: at the target), titled {@code title}. */
	static void write(Html html, double share, String title) {
		html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"height", String.valueOf(HEIGHT), "role", "img", "class", "progress"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.element("title", title); //$NON-NLS-1$
		html.empty("rect", "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT), "rx", "6", "fill", "#e6eaef"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		if (share < 0) {
			html.empty("rect", "width", "12", "height", String.valueOf(HEIGHT), "rx", "6", "fill", "#d22828"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		} else if (share > 0) {
			html.empty("rect", "width", Html.number(Math.max(HEIGHT, WIDTH * Math.min(1, share))), "height", String.valueOf(HEIGHT), "rx", "6", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					"fill", share >= 1 ? "#2ea043" : "#0072b2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		html.close("svg"); //$NON-NLS-1$
	}
}
