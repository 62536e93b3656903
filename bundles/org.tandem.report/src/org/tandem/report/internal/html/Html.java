package org.tandem.report.internal.html;

import java.util.Locale;

/**
 * Writes HTML (and inline SVG) element by element; every text and attribute value goes through
 * {@link #escape}, so text from the model can never become markup.
 */
public final class Html {

	private final StringBuilder out = new StringBuilder(16_384);

	/** {@code text} with {@code & < > " '} written as character references; null as empty. */
	public static String escape(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
			case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
			case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
			case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
			case '\'' -> escaped.append("&#39;"); //$NON-NLS-1$
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** A coordinate or length for SVG, with a point as the decimal separator whatever the locale. */
	public static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value); //$NON-NLS-1$
	}

	/** Opens {@code tag} with {@code attributes} given as name, value, name, value ... (null values are left out). */
	public Html open(String tag, String... attributes) {
		start(tag, attributes);
		out.append('>');
		return this;
	}

	private void start(String tag, String... attributes) {
		out.append('<').append(tag);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"'); //$NON-NLS-1$
			}
		}
	}

	public Html close(String tag) {
		out.append("</").append(tag).append('>'); //$NON-NLS-1$
		return this;
	}

	/** An element that holds only {@code text}. */
	public Html element(String tag, String text, String... attributes) {
		return open(tag, attributes).text(text).close(tag);
	}

	/** An element without content, closed by its start tag: an SVG shape or an HTML void element (meta), never a span or div. */
	public Html empty(String tag, String... attributes) {
		start(tag, attributes);
		out.append("/>"); //$NON-NLS-1$
		return this;
	}

	public Html text(String text) {
		out.append(escape(text));
		return this;
	}

	/** Markup that this class did not write, such as the style sheet or the doctype; never text from the model. */
	Html markup(String markup) {
		out.append(markup);
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
