package org.tandem.core.api.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes Tandem's model files: XMI in UTF-8 with LF line ends, element ids as attributes,
 * in the order of the model, so that an unchanged model saves byte-identical. Reading refuses
 * DOCTYPEs and external entities and files over a size limit, and reports what is wrong with the
 * file, line and column; a file that fails to load is left as it is.
 * <p>
 * Files are read by {@link XmiReader}, several times faster than EMF's XMI loader; a file with
 * content that it does not read (unknown features from a missing plug-in, values that do not
 * convert, references that do not resolve) is loaded by EMF's XMI loader instead, which keeps the
 * unknown content for the next save and reports problems.
 *
 * @since 0.1
 */
public final class ModelFiles {

	/** Files larger than this are refused unless another limit is given. */
	public static final long DEFAULT_MAX_BYTES = 256L << 20;

	private final long maxBytes;
	/** Parsers are costly to make and hold no state between documents: share them across loads. */
	private final HardenedParsers parsers = new HardenedParsers();
	private final XMLParserPool emfParsers = new XMLParserPoolImpl();

	public ModelFiles() {
		this(DEFAULT_MAX_BYTES);
	}

	public ModelFiles(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** A resource for {@code file} in {@code resources}, not yet loaded, with an intrinsic id map. */
	public static XMLResource newResource(ResourceSet resources, Path file) {
		XMLResource resource = new ModelResourceFactory().createResource(uriOf(file));
		resources.getResources().add(resource);
		return resource;
	}

	/** The URI of a file in a resource set. */
	public static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/**
	 * Loads {@code file} into a new resource of {@code resources}.
	 *
	 * @throws ModelFileException when the file is missing, too large or not a valid model file; the
	 *                            resource set is then as it was
	 */
	public XMLResource load(ResourceSet resources, Path file) throws ModelFileException {
		Path backup = new AtomicFile(file).backup();
		Path offered = Files.isRegularFile(backup) ? backup : null;
		long size;
		try {
			size = Files.size(file);
		} catch (NoSuchFileException e) {
			throw new ModelFileException(file, 0, 0, "the file does not exist", offered, e); //$NON-NLS-1$
		} catch (IOException e) {
			throw new ModelFileException(file, 0, 0, "the file cannot be read: " + e.getMessage(), offered, e); //$NON-NLS-1$
		}
		if (size > maxBytes) {
			throw new ModelFileException(file, 0, 0, "the file is " + size + " bytes, more than the limit of " //$NON-NLS-1$ //$NON-NLS-2$
					+ maxBytes + " bytes for a model file", offered, null); //$NON-NLS-1$
		}
		XMLResource resource = newResource(resources, file);
		try {
			byte[] bytes = Files.readAllBytes(file);
			try {
				resource.load(new XmiInput(bytes, parsers), null);
			} catch (XmiInput.NotUnderstood unusual) {
				discard(resources, resource);
				resource = newResource(resources, file);
				resource.load(new ByteArrayInputStream(bytes), loadOptions());
				StandIns.warnAbout(resource);
			}
		} catch (IOException | RuntimeException e) {
			discard(resources, resource);
			throw describe(file, e, offered);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			discard(resources, resource);
			throw new ModelFileException(file, first.getLine(), first.getColumn(), first.getMessage(), offered, null);
		}
		return resource;
	}

	/** Saves {@code resource} atomically to {@code file}, keeping the previous generation as backup. */
	public void save(XMLResource resource, Path file) throws IOException {
		byte[] bytes = serialize(resource);
		new AtomicFile(file).write(bytes);
	}

	/** The bytes that {@link #save} writes. */
	public static byte[] serialize(XMLResource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
		resource.save(out, saveOptions());
		return out.toByteArray();
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
		options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl());
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_USE_PARSER_POOL, emfParsers);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl());
		options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(HardenedParsers.FEATURES));
		return options;
	}

	private static void discard(ResourceSet resources, Resource resource) {
		resource.unload();
		resources.getResources().remove(resource);
	}

	/** The clearest account of a failed load: the innermost parser error, with its place. */
	private static ModelFileException describe(Path file, Exception failure, Path backup) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SAXParseException sax) {
				return new ModelFileException(file, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage(), backup, failure);
			}
			if (t instanceof XMIException xmi) {
				String message = xmi.getCause() != null && xmi.getCause() != xmi ? xmi.getCause().getMessage() : xmi.getMessage();
				return new ModelFileException(file, xmi.getLine(), xmi.getColumn(), message, backup, failure);
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
		return new ModelFileException(file, 0, 0, message, backup, failure);
	}
}
