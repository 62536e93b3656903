package org.tandem.core.api.persistence;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;

/**
 * Namespace-aware SAX parsers that refuse DOCTYPEs and external entities, kept for reuse: making a
 * parser costs more than parsing a small file. Safe for use by several threads.
 */
final class HardenedParsers {

	/** The parser features that make reading a file safe; EMF's own loader gets the same ones. */
	static final Map<String, Boolean> FEATURES = Map.of( //
			XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE, //
			"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE, //$NON-NLS-1$
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$

	private final SAXParserFactory factory;
	private final Queue<SAXParser> idle = new ConcurrentLinkedQueue<>();

	HardenedParsers() {
		factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		try {
			for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** A parser to use for one document; give it back with {@link #release}. */
	SAXParser acquire() throws SAXException {
		SAXParser parser = idle.poll();
		if (parser != null) {
			return parser;
		}
		try {
			return factory.newSAXParser();
		} catch (ParserConfigurationException e) {
			throw new SAXException(e);
		}
	}

	void release(SAXParser parser) {
		parser.reset();
		idle.offer(parser);
	}
}
