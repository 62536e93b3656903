package org.tandem.core.api.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.model.internal.Ids;

/**
 * The bytes of a model file, given to {@link Resource#load(java.io.InputStream, java.util.Map)} so
 * that EMF keeps its bookkeeping of loading (the loaded and modified flags, notifications, errors)
 * while {@link XmiReader} builds the objects.
 */
final class XmiInput extends ByteArrayInputStream implements URIConverter.Loadable {

	/** The file holds something that {@link XmiReader} leaves to EMF's XMI loader. */
	static final class NotUnderstood extends IOException {
		private static final long serialVersionUID = 1L;

		NotUnderstood(Throwable cause) {
			super(cause.getMessage(), cause);
		}
	}

	/** About what one element takes in a model file (the generated workspaces average 110 bytes). */
	private static final int BYTES_PER_ELEMENT = 100;

	private final HardenedParsers parsers;

	XmiInput(byte[] bytes, HardenedParsers parsers) {
		super(bytes);
		this.parsers = parsers;
	}

	@Override
	public void loadResource(Resource resource) throws IOException {
		try {
			Ids.whileReading(() -> read((XMLResource) resource));
		} catch (XmiReader.NotUnderstood | RuntimeException e) {
			throw new NotUnderstood(e);
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			// a SAXParseException, with the place of the problem
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Reads with the {@link XmiScanner} or, when it declines the file, with the hardened SAX parser. */
	private void read(XMLResource resource) throws Exception {
		int expectedElements = count / BYTES_PER_ELEMENT;
		try {
			new XmiScanner(buf, count).scan(new XmiReader(resource, expectedElements));
			return;
		} catch (XmiScanner.Declined declined) {
			// the objects made so far were never added to the resource; their ids go too
			if (resource instanceof ResourceImpl withMap && withMap.getIntrinsicIDToEObjectMap() != null) {
				withMap.getIntrinsicIDToEObjectMap().clear();
			}
		}
		SAXParser parser = parsers.acquire();
		try {
			parser.parse(new ByteArrayInputStream(buf, 0, count), new XmiReader(resource, expectedElements));
		} finally {
			parsers.release(parser);
		}
	}
}
