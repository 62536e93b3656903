package org.tandem.ui.concept.text;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.tandem.model.TranslationState;

/**
 * A small coloured label that names the state of one translation (original, draft, reviewed,
 * stale, or missing). It paints its own colours, white text on a saturated fill, so that it reads
 * the same in the light and the dark theme, whatever colours the theme gives to labels.
 */
public final class TranslationBadge extends Canvas {

	private static final int PAD_X = 6;
	private static final int PAD_Y = 2;

	private TranslationState state;
	private String text = Messages.badge_missing;

	public TranslationBadge(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
		setState(null);
	}

	/** Shows {@code state}; null means the text is missing in this language. */
	public void setState(TranslationState state) {
		checkWidget();
		this.state = state;
		this.text = label(state);
		setToolTipText(tooltip(state));
		getAccessible().textChanged(0, 0, text.length());
		redraw();
	}

	/** The state shown; null when the text is missing. */
	public TranslationState getState() {
		checkWidget();
		return state;
	}

	/** The word the badge shows. */
	public String getText() {
		checkWidget();
		return text;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		GC gc = new GC(this);
		try {
			Point extent = gc.textExtent(text);
			return new Point(extent.x + 2 * PAD_X, extent.y + 2 * PAD_Y);
		} finally {
			gc.dispose();
		}
	}

	private void paint(GC gc) {
		Point size = getSize();
		gc.setAntialias(SWT.ON);
		gc.setBackground(fill(state));
		gc.fillRoundRectangle(0, 0, size.x, size.y, size.y, size.y);
		gc.setForeground(new Color(255, 255, 255));
		Point extent = gc.textExtent(text);
		gc.drawText(text, (size.x - extent.x) / 2, (size.y - extent.y) / 2, true);
	}

	/** Fills dark enough for white text and bright enough to stand out on a dark background. */
	static Color fill(TranslationState state) {
		if (state == null) {
			return new Color(0x75, 0x7b, 0x85);
		}
		return switch (state) {
		case ORIGINAL -> new Color(0x2f, 0x6f, 0xb3);
		case DRAFT -> new Color(0xb0, 0x6a, 0x00);
		case REVIEWED -> new Color(0x2e, 0x7d, 0x32);
		case STALE -> new Color(0xc6, 0x28, 0x28);
		};
	}

	static String label(TranslationState state) {
		if (state == null) {
			return Messages.badge_missing;
		}
		return switch (state) {
		case ORIGINAL -> Messages.badge_original;
		case DRAFT -> Messages.badge_draft;
		case REVIEWED -> Messages.badge_reviewed;
		case STALE -> Messages.badge_stale;
		};
	}

	private static String tooltip(TranslationState state) {
		if (state == null) {
			return Messages.badge_tooltip_missing;
		}
		return switch (state) {
		case ORIGINAL -> Messages.badge_tooltip_original;
		case DRAFT -> Messages.badge_tooltip_draft;
		case REVIEWED -> Messages.badge_tooltip_reviewed;
		case STALE -> Messages.badge_tooltip_stale;
		};
	}
}
