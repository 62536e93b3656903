package org.tandem.report.internal;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's one font, Noto Sans SC Regular (Latin, German and Chinese), read from the bundle's
 * {@code fonts/} folder (releng/org.tandem.fonts puts it there) and embedded as a subset. Glyph
 * substitution is off, so the text layer keeps the letters as written (no "ffi" ligatures).
 * Characters the font lacks are written as "?" rather than failing the report.
 */
final class ReportFont {

	static final String RESOURCE = "fonts/NotoSansSC-Regular.ttf"; //$NON-NLS-1$

	private final PDType0Font font;
	private final CmapLookup cmap;

	ReportFont(PDDocument document) throws IOException {
		try (InputStream in = ReportFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException("The report font " + RESOURCE + " is missing from the build"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
			ttf.setEnableGsub(false);
			cmap = ttf.getUnicodeCmapLookup();
			font = PDType0Font.load(document, ttf, true);
		}
	}

	PDType0Font font() {
		return font;
	}

	/** {@code text} with every character the font cannot show replaced by "?" and line breaks by spaces. */
	String printable(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isWhitespace(c)) {
				out.append(' ');
			} else if (cmap.getGlyphId(c) == 0) {
				out.append('?');
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/** The width of {@code text} (already printable) at {@code size} points. */
	float width(String text, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}
}
