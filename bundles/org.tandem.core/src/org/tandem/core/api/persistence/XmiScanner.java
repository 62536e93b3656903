package org.tandem.core.api.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the UTF-8 bytes of a model file and reports them to a SAX handler as a namespace-aware SAX
 * parser would, in a fraction of its time. It knows only the plain XML that model files are made
 * of: an XML declaration, elements, attributes, namespaces declared on the root element, text, the
 * five predefined entities, character references and comments.
 * <p>
 * Anything else (a DOCTYPE, CDATA, a processing instruction, another encoding) and every error of
 * form makes it {@link Declined decline} the file before it reports the end of the document: the
 * caller then reads the file with the hardened SAX parser, which accepts it or names the place of
 * the error. Without a DTD a file has no entities of its own: nothing is fetched and nothing
 * expands.
 */
final class XmiScanner {

	/** The file holds more than plain XML, or is not well-formed. */
	static final class Declined extends Exception {
		private static final long serialVersionUID = 1L;

		Declined(String why, int offset) {
			super(why + " at byte " + offset, null, false, false); //$NON-NLS-1$
		}
	}

	private static final int NAME_CACHE_SIZE = 1024;
	private static final String XMLNS = "xmlns"; //$NON-NLS-1$

	private final byte[] in;
	private final int end;
	private int pos;

	/** Names seen, by a hash of their bytes, so that each tag name is one string. */
	private final String[] names = new String[NAME_CACHE_SIZE];
	private final Map<String, String> localNames = new HashMap<>();
	private final Map<String, String> namespaces = new HashMap<>();
	private final ScannedAttributes attributes = new ScannedAttributes();
	private String[] rawNames = new String[8];
	private String[] rawValues = new String[8];
	private int rawCount;

	/** Open elements: qualified name, namespace and local name. */
	private String[] openQNames = new String[32];
	private String[] openUris = new String[32];
	private String[] openLocalNames = new String[32];
	private int depth;

	/** Decoded characters of the last value or text. */
	private char[] chars = new char[256];
	private int charCount;

	XmiScanner(byte[] in, int length) {
		this.in = in;
		this.end = length;
	}

	/** Reports the whole file to {@code handler}, or declines it before its end is reported. */
	void scan(ContentHandler handler) throws Declined, SAXException {
		if (end >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF) {
			pos = 3;
		}
		if (startsWith("<?xml") && pos + 5 < end && isWhitespace(in[pos + 5])) { //$NON-NLS-1$
			declaration();
		}
		misc();
		if (pos >= end || in[pos] != '<') {
			throw decline("no root element"); //$NON-NLS-1$
		}
		startTag(handler);
		while (depth > 0) {
			if (pos >= end) {
				throw decline("an element is not closed"); //$NON-NLS-1$
			}
			if (in[pos] != '<') {
				text(handler);
			} else if (at(pos + 1) == '/') {
				endTag(handler);
			} else if (startsWith("<!--")) { //$NON-NLS-1$
				comment();
			} else if (at(pos + 1) == '!' || at(pos + 1) == '?') {
				throw decline("CDATA, a declaration or a processing instruction"); //$NON-NLS-1$
			} else {
				startTag(handler);
			}
		}
		misc();
		if (pos != end) {
			throw decline("content after the root element"); //$NON-NLS-1$
		}
		handler.endDocument();
	}

	/** The XML declaration: version 1.0, encoding UTF-8 if named. */
	private void declaration() throws Declined {
		pos += 5;
		rawCount = 0;
		while (true) {
			skipWhitespace();
			if (startsWith("?>")) { //$NON-NLS-1$
				pos += 2;
				break;
			}
			String name = name();
			skipWhitespace();
			expect('=');
			skipWhitespace();
			String value = attributeValue();
			boolean understood = switch (name) {
			case "version" -> "1.0".equals(value); //$NON-NLS-1$ //$NON-NLS-2$
			case "encoding" -> "UTF-8".equalsIgnoreCase(value) || "UTF8".equalsIgnoreCase(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "standalone" -> "yes".equals(value) || "no".equals(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			default -> false;
			};
			if (!understood) {
				throw decline("the XML declaration's " + name + " " + value); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Whitespace and comments outside the root element. */
	private void misc() throws Declined {
		while (true) {
			skipWhitespace();
			if (!startsWith("<!--")) { //$NON-NLS-1$
				return;
			}
			comment();
		}
	}

	private void comment() throws Declined {
		for (pos += 4; pos + 2 < end; pos++) {
			byte b = in[pos];
			if (b == '-' && in[pos + 1] == '-') {
				if (in[pos + 2] != '>') {
					throw decline("-- inside a comment"); //$NON-NLS-1$
				}
				pos += 3;
				return;
			}
			if (b < 0x20 && !isWhitespace(b)) {
				throw decline("a character that a comment may not hold"); //$NON-NLS-1$
			}
		}
		throw decline("a comment is not closed"); //$NON-NLS-1$
	}

	private void startTag(ContentHandler handler) throws Declined, SAXException {
		pos++;
		String qName = name();
		rawCount = 0;
		boolean empty = false;
		while (true) {
			boolean spaced = skipWhitespace();
			if (pos >= end) {
				throw decline("a start tag is not closed"); //$NON-NLS-1$
			}
			byte b = in[pos];
			if (b == '>') {
				pos++;
				break;
			}
			if (b == '/') {
				if (at(pos + 1) != '>') {
					throw decline("/ inside a start tag"); //$NON-NLS-1$
				}
				pos += 2;
				empty = true;
				break;
			}
			if (!spaced) {
				throw decline("no space before an attribute"); //$NON-NLS-1$
			}
			String name = name();
			skipWhitespace();
			expect('=');
			skipWhitespace();
			addRaw(name, attributeValue());
		}
		attributes.clear();
		for (int i = 0; i < rawCount; i++) {
			String name = rawNames[i];
			for (int j = 0; j < i; j++) {
				if (rawNames[j].equals(name)) {
					throw decline("the attribute " + name + " twice"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			if (name.startsWith(XMLNS) && (name.length() == 5 || name.charAt(5) == ':')) {
				if (depth > 0) {
					throw decline("a namespace declared below the root element"); //$NON-NLS-1$
				}
				String prefix = name.length() == 5 ? "" : name.substring(6); //$NON-NLS-1$
				namespaces.put(prefix, rawValues[i]);
				handler.startPrefixMapping(prefix, rawValues[i]);
			}
		}
		for (int i = 0; i < rawCount; i++) {
			String name = rawNames[i];
			if (name.startsWith(XMLNS) && (name.length() == 5 || name.charAt(5) == ':')) {
				continue;
			}
			attributes.add(name.indexOf(':') < 0 ? "" : namespace(name), localName(name), name, rawValues[i]); //$NON-NLS-1$
		}
		String uri = qName.indexOf(':') < 0 ? namespaces.getOrDefault("", "") : namespace(qName); //$NON-NLS-1$ //$NON-NLS-2$
		String localName = localName(qName);
		handler.startElement(uri, localName, qName, attributes);
		if (empty) {
			handler.endElement(uri, localName, qName);
		} else {
			push(qName, uri, localName);
		}
	}

	private void endTag(ContentHandler handler) throws Declined, SAXException {
		pos += 2;
		String qName = name();
		skipWhitespace();
		expect('>');
		if (depth == 0 || !openQNames[depth - 1].equals(qName)) {
			throw decline("the end tag " + qName + " does not match"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		depth--;
		handler.endElement(openUris[depth], openLocalNames[depth], qName);
	}

	private void text(ContentHandler handler) throws Declined, SAXException {
		int start = pos;
		while (pos < end && in[pos] != '<') {
			if (in[pos] == '>' && pos - start >= 2 && in[pos - 1] == ']' && in[pos - 2] == ']') {
				throw decline("]]> in text"); //$NON-NLS-1$
			}
			pos++;
		}
		decode(start, pos, false);
		handler.characters(chars, 0, charCount);
	}

	private String attributeValue() throws Declined {
		byte quote = at(pos);
		if (quote != '"' && quote != '\'') {
			throw decline("an attribute value without quotes"); //$NON-NLS-1$
		}
		int start = ++pos;
		boolean plain = true;
		while (true) {
			if (pos >= end) {
				throw decline("an attribute value is not closed"); //$NON-NLS-1$
			}
			byte b = in[pos];
			if (b == quote) {
				break;
			}
			if (b == '<') {
				throw decline("< inside an attribute value"); //$NON-NLS-1$
			}
			if (b < 0x20 || b == '&') {
				// (bytes of non-ASCII characters are negative)
				plain = false;
			}
			pos++;
		}
		String value;
		if (plain) {
			value = new String(in, start, pos - start, StandardCharsets.ISO_8859_1);
		} else {
			decode(start, pos, true);
			value = new String(chars, 0, charCount);
		}
		pos++;
		return value;
	}

	/**
	 * Decodes bytes {@code start} to {@code stop} into {@link #chars}: UTF-8, references, line ends
	 * (and, in an attribute value, each tab and line end as a space, as XML prescribes).
	 */
	private void decode(int start, int stop, boolean attribute) throws Declined {
		if (chars.length < stop - start) {
			chars = new char[Math.max(stop - start, chars.length * 2)];
		}
		charCount = 0;
		int i = start;
		while (i < stop) {
			int b = in[i] & 0xFF;
			if (b >= 0x80) {
				i = utf8(i, stop);
			} else if (b == '&') {
				i = reference(i, stop);
			} else if (b == '\r') {
				chars[charCount++] = attribute ? ' ' : '\n';
				i += i + 1 < stop && in[i + 1] == '\n' ? 2 : 1;
			} else if (b == '\n' || b == '\t') {
				chars[charCount++] = attribute ? ' ' : (char) b;
				i++;
			} else if (b < 0x20) {
				throw decline("a control character"); //$NON-NLS-1$
			} else {
				chars[charCount++] = (char) b;
				i++;
			}
		}
	}

	/** Decodes one UTF-8 character at {@code i}; returns the index after it. */
	private int utf8(int i, int stop) throws Declined {
		int b0 = in[i] & 0xFF;
		if (b0 < 0xC2 || b0 > 0xF4) {
			throw decline("a byte that is not UTF-8"); //$NON-NLS-1$
		}
		if (b0 < 0xE0) {
			chars[charCount++] = (char) ((b0 & 0x1F) << 6 | continuation(i + 1, stop));
			return i + 2;
		}
		int b1 = continuation(i + 1, stop);
		if (b0 < 0xF0) {
			if (b0 == 0xE0 && b1 < 0x20 || b0 == 0xED && b1 >= 0x20) {
				throw decline("a UTF-8 sequence that is too long or a surrogate"); //$NON-NLS-1$
			}
			int c = (b0 & 0x0F) << 12 | b1 << 6 | continuation(i + 2, stop);
			if (c == 0xFFFE || c == 0xFFFF) {
				throw decline("a character that XML does not allow"); //$NON-NLS-1$
			}
			chars[charCount++] = (char) c;
			return i + 3;
		}
		if (b0 == 0xF0 && b1 < 0x10 || b0 == 0xF4 && b1 >= 0x10) {
			throw decline("a UTF-8 sequence that is too long or beyond Unicode"); //$NON-NLS-1$
		}
		int codePoint = (b0 & 0x07) << 18 | b1 << 12 | continuation(i + 2, stop) << 6 | continuation(i + 3, stop);
		chars[charCount++] = Character.highSurrogate(codePoint);
		chars[charCount++] = Character.lowSurrogate(codePoint);
		return i + 4;
	}

	/** The six payload bits of the continuation byte at {@code i}. */
	private int continuation(int i, int stop) throws Declined {
		if (i >= stop || (in[i] & 0xC0) != 0x80) {
			throw decline("a UTF-8 sequence that breaks off"); //$NON-NLS-1$
		}
		return in[i] & 0x3F;
	}

	/** Decodes the entity or character reference at {@code i}; returns the index after it. */
	private int reference(int i, int stop) throws Declined {
		int semicolon = i + 1;
		while (semicolon < stop && semicolon - i <= 10 && in[semicolon] != ';') {
			semicolon++;
		}
		if (semicolon >= stop || in[semicolon] != ';') {
			throw decline("an & that starts no reference"); //$NON-NLS-1$
		}
		String name = new String(in, i + 1, semicolon - i - 1, StandardCharsets.ISO_8859_1);
		int codePoint = switch (name) {
		case "lt" -> '<'; //$NON-NLS-1$
		case "gt" -> '>'; //$NON-NLS-1$
		case "amp" -> '&'; //$NON-NLS-1$
		case "quot" -> '"'; //$NON-NLS-1$
		case "apos" -> '\''; //$NON-NLS-1$
		default -> characterReference(name);
		};
		if (Character.isSupplementaryCodePoint(codePoint)) {
			chars[charCount++] = Character.highSurrogate(codePoint);
			chars[charCount++] = Character.lowSurrogate(codePoint);
		} else {
			chars[charCount++] = (char) codePoint;
		}
		return semicolon + 1;
	}

	private int characterReference(String name) throws Declined {
		int codePoint = -1;
		try {
			if (name.startsWith("#x")) { //$NON-NLS-1$
				codePoint = Integer.parseInt(name, 2, name.length(), 16);
			} else if (name.startsWith("#")) { //$NON-NLS-1$
				codePoint = Integer.parseInt(name, 1, name.length(), 10);
			}
		} catch (NumberFormatException e) {
			codePoint = -1;
		}
		boolean allowed = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
				|| codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
		if (!allowed) {
			throw decline("the reference &" + name + ";"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return codePoint;
	}

	/** An XML name of ASCII letters, digits and {@code _ - . :}, one string per distinct name. */
	private String name() throws Declined {
		int start = pos;
		int hash = 0;
		while (pos < end && isNameByte(in[pos])) {
			hash = 31 * hash + in[pos];
			pos++;
		}
		int length = pos - start;
		if (length == 0 || !isNameStart(in[start])) {
			throw decline("a name expected"); //$NON-NLS-1$
		}
		int slot = (hash ^ hash >>> 16) & (NAME_CACHE_SIZE - 1);
		String cached = names[slot];
		if (cached != null && cached.length() == length && sameBytes(cached, start)) {
			return cached;
		}
		String name = new String(in, start, length, StandardCharsets.ISO_8859_1);
		names[slot] = name;
		return name;
	}

	private boolean sameBytes(String name, int start) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) != in[start + i]) {
				return false;
			}
		}
		return true;
	}

	private String namespace(String qName) throws Declined {
		String uri = namespaces.get(qName.substring(0, qName.indexOf(':')));
		if (uri == null) {
			throw decline("the prefix of " + qName + " is not declared"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return uri;
	}

	private String localName(String qName) {
		int colon = qName.indexOf(':');
		return colon < 0 ? qName : localNames.computeIfAbsent(qName, q -> q.substring(colon + 1));
	}

	private void addRaw(String name, String value) {
		if (rawCount == rawNames.length) {
			rawNames = Arrays.copyOf(rawNames, rawCount * 2);
			rawValues = Arrays.copyOf(rawValues, rawCount * 2);
		}
		rawNames[rawCount] = name;
		rawValues[rawCount] = value;
		rawCount++;
	}

	private void push(String qName, String uri, String localName) {
		if (depth == openQNames.length) {
			openQNames = Arrays.copyOf(openQNames, depth * 2);
			openUris = Arrays.copyOf(openUris, depth * 2);
			openLocalNames = Arrays.copyOf(openLocalNames, depth * 2);
		}
		openQNames[depth] = qName;
		openUris[depth] = uri;
		openLocalNames[depth] = localName;
		depth++;
	}

	private boolean skipWhitespace() {
		int start = pos;
		while (pos < end && isWhitespace(in[pos])) {
			pos++;
		}
		return pos > start;
	}

	private void expect(char c) throws Declined {
		if (at(pos) != c) {
			throw decline(c + " expected"); //$NON-NLS-1$
		}
		pos++;
	}

	private boolean startsWith(String ascii) {
		if (pos + ascii.length() > end) {
			return false;
		}
		for (int i = 0; i < ascii.length(); i++) {
			if (in[pos + i] != ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private byte at(int index) {
		return index < end ? in[index] : 0;
	}

	private Declined decline(String why) {
		return new Declined(why, pos);
	}

	private static boolean isWhitespace(byte b) {
		return b == ' ' || b == '\n' || b == '\t' || b == '\r';
	}

	private static boolean isNameStart(byte b) {
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':';
	}

	private static boolean isNameByte(byte b) {
		return isNameStart(b) || b >= '0' && b <= '9' || b == '-' || b == '.';
	}
}
