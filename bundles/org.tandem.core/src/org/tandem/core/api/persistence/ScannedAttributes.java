package org.tandem.core.api.persistence;

import java.util.Arrays;

import org.xml.sax.Attributes;

/** The attributes of one start tag as {@link XmiScanner} read them, reused from tag to tag. */
final class ScannedAttributes implements Attributes {

	private static final String CDATA = "CDATA"; //$NON-NLS-1$

	private String[] uris = new String[8];
	private String[] localNames = new String[8];
	private String[] qNames = new String[8];
	private String[] values = new String[8];
	private int length;

	void clear() {
		length = 0;
	}

	void add(String uri, String localName, String qName, String value) {
		if (length == values.length) {
			int grown = length * 2;
			uris = Arrays.copyOf(uris, grown);
			localNames = Arrays.copyOf(localNames, grown);
			qNames = Arrays.copyOf(qNames, grown);
			values = Arrays.copyOf(values, grown);
		}
		uris[length] = uri;
		localNames[length] = localName;
		qNames[length] = qName;
		values[length] = value;
		length++;
	}

	@Override
	public int getLength() {
		return length;
	}

	@Override
	public String getURI(int index) {
		return index >= 0 && index < length ? uris[index] : null;
	}

	@Override
	public String getLocalName(int index) {
		return index >= 0 && index < length ? localNames[index] : null;
	}

	@Override
	public String getQName(int index) {
		return index >= 0 && index < length ? qNames[index] : null;
	}

	@Override
	public String getType(int index) {
		return index >= 0 && index < length ? CDATA : null;
	}

	@Override
	public String getValue(int index) {
		return index >= 0 && index < length ? values[index] : null;
	}

	@Override
	public int getIndex(String uri, String localName) {
		for (int i = 0; i < length; i++) {
			if (uris[i].equals(uri) && localNames[i].equals(localName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public int getIndex(String qName) {
		for (int i = 0; i < length; i++) {
			if (qNames[i].equals(qName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public String getType(String uri, String localName) {
		return getType(getIndex(uri, localName));
	}

	@Override
	public String getType(String qName) {
		return getType(getIndex(qName));
	}

	@Override
	public String getValue(String uri, String localName) {
		return getValue(getIndex(uri, localName));
	}

	@Override
	public String getValue(String qName) {
		return getValue(getIndex(qName));
	}
}
