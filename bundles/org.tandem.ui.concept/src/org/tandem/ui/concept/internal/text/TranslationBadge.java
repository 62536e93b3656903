package org.tandem.ui.concept.internal.text;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.tandem.model.api.TranslationState;

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
		Look look = look(state);
		this.text = look.label();
		setToolTipText(look.tooltip());
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
		gc.setBackground(getParent().getBackground());
		gc.fillRectangle(0, 0, size.x, size.y);
		gc.setAntialias(SWT.ON);
		gc.setBackground(look(state).fill());
		gc.fillRoundRectangle(0, 0, size.x, size.y, size.y, size.y);
		gc.setForeground(new Color(255, 255, 255));
		Point extent = gc.textExtent(text);
		gc.drawText(text, (size.x - extent.x) / 2, (size.y - extent.y) / 2, true);
	}

	/** How a state looks: a fill dark enough for white text and bright enough to stand out on a dark background, a word, a tooltip. */
	record Look(Color fill, String label, String tooltip) {
	}

	static Look look(TranslationState state) {
		if (state == null) {
			return new Look(new Color(0x75, 0x7b, 0x85), Messages.badge_missing, Messages.badge_tooltip_missing);
		}
		return switch (state) {
		case ORIGINAL -> new Look(new Color(0x2f, 0x6f, 0xb3), Messages.badge_original, Messages.badge_tooltip_original);
		case DRAFT -> new Look(new Color(0xb0, 0x6a, 0x00), Messages.badge_draft, Messages.badge_tooltip_draft);
		case REVIEWED -> new Look(new Color(0x2e, 0x7d, 0x32), Messages.badge_reviewed, Messages.badge_tooltip_reviewed);
		case STALE -> new Look(new Color(0xc6, 0x28, 0x28), Messages.badge_stale, Messages.badge_tooltip_stale);
		};
	}
}
