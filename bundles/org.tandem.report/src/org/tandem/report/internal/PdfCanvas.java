package org.tandem.report.internal;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A4 pages drawn top-down: a cursor runs from the top margin downwards, {@link #room} starts a new
 * page when what comes next does not fit. Coordinates given to the drawing methods count from the
 * top left corner of the page, in points.
 */
final class PdfCanvas implements AutoCloseable {

	static final float MARGIN = 42;
	static final float WIDTH = PDRectangle.A4.getWidth();
	static final float HEIGHT = PDRectangle.A4.getHeight();
	static final float CONTENT_WIDTH = WIDTH - 2 * MARGIN;

	private final PDDocument document;
	private final ReportFont font;
	private PDPageContentStream stream;
	private float cursor;
	private int pages;

	PdfCanvas(PDDocument document, ReportFont font) throws IOException {
		this.document = document;
		this.font = font;
		newPage();
	}

	ReportFont font() {
		return font;
	}

	void newPage() throws IOException {
		if (stream != null) {
			stream.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		cursor = MARGIN;
		pages++;
	}

	int pages() {
		return pages;
	}

	/** The cursor: how far below the top edge the next thing goes. */
	float cursor() {
		return cursor;
	}

	/** Moves the cursor down by {@code height}. */
	void advance(float height) {
		cursor += height;
	}

	/** Makes sure {@code height} fits below the cursor, else starts a new page. */
	void room(float height) throws IOException {
		if (cursor + height > HEIGHT - MARGIN) {
			newPage();
		}
	}

	float bottom() {
		return HEIGHT - MARGIN;
	}

	/** Writes {@code text} with its baseline at {@code top} from the top, cut with "…" to {@code maxWidth} (0: no limit). */
	void text(float x, float top, float size, Color color, String text, float maxWidth) throws IOException {
		String shown = font.printable(text);
		if (maxWidth > 0 && font.width(shown, size) > maxWidth) {
			while (!shown.isEmpty() && font.width(shown + "\u2026", size) > maxWidth) { //$NON-NLS-1$
				shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -1));
			}
			shown += "\u2026"; //$NON-NLS-1$
		}
		if (shown.isEmpty()) {
			return;
		}
		stream.beginText();
		stream.setFont(font.font(), size);
		stream.setNonStrokingColor(color);
		stream.newLineAtOffset(x, HEIGHT - top);
		stream.showText(shown);
		stream.endText();
	}

	/** Writes a paragraph from the cursor, wrapped at {@code width} (at spaces, or anywhere in Chinese), and moves the cursor below it. */
	void paragraph(float size, Color color, String text) throws IOException {
		String rest = font.printable(text).strip();
		float leading = size * 1.45f;
		while (!rest.isEmpty()) {
			int end = fitting(rest, size, CONTENT_WIDTH);
			room(leading);
			text(MARGIN, cursor + size, size, color, rest.substring(0, end).strip(), 0);
			advance(leading);
			rest = rest.substring(end).strip();
		}
	}

	private int fitting(String text, float size, float width) throws IOException {
		if (font.width(text, size) <= width) {
			return text.length();
		}
		int end = 1;
		int lastSpace = -1;
		while (end < text.length() && font.width(text.substring(0, end + 1), size) <= width) {
			end++;
			if (text.charAt(end - 1) == ' ') {
				lastSpace = end;
			}
		}
		return lastSpace > 0 ? lastSpace : end;
	}

	void fill(float x, float top, float w, float h, Color color) throws IOException {
		stream.setNonStrokingColor(color);
		stream.addRect(x, HEIGHT - top - h, w, h);
		stream.fill();
	}

	void line(float x1, float top1, float x2, float top2, Color color, float width, boolean dashed) throws IOException {
		stream.setStrokingColor(color);
		stream.setLineWidth(width);
		stream.setLineDashPattern(dashed ? new float[] { 3, 3 } : new float[0], 0);
		stream.moveTo(x1, HEIGHT - top1);
		stream.lineTo(x2, HEIGHT - top2);
		stream.stroke();
	}

	/** A filled diamond centred at {@code x, top}, for milestones. */
	void diamond(float x, float top, float radius, Color color) throws IOException {
		float y = HEIGHT - top;
		stream.setNonStrokingColor(color);
		stream.moveTo(x, y + radius);
		stream.lineTo(x + radius, y);
		stream.lineTo(x, y - radius);
		stream.lineTo(x - radius, y);
		stream.closePath();
		stream.fill();
	}

	/** A filled disc, for traffic lights and trend points. */
	void disc(float x, float top, float radius, Color color) throws IOException {
		float y = HEIGHT - top;
		float k = 0.5523f * radius;
		stream.setNonStrokingColor(color);
		stream.moveTo(x + radius, y);
		stream.curveTo(x + radius, y + k, x + k, y + radius, x, y + radius);
		stream.curveTo(x - k, y + radius, x - radius, y + k, x - radius, y);
		stream.curveTo(x - radius, y - k, x - k, y - radius, x, y - radius);
		stream.curveTo(x + k, y - radius, x + radius, y - k, x + radius, y);
		stream.fill();
	}

	@Override
	public void close() throws IOException {
		stream.close();
	}
}
