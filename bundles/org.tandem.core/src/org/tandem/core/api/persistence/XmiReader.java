package org.tandem.core.api.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.tandem.model.internal.Ids;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the SAX events of one Tandem model file into the resource's objects, the way EMF's XMI
 * loader does for the files that EMF's XMI save writes: the root element names its class, a child
 * element names a containment feature ({@code xsi:type} for a subclass), an XML attribute sets an
 * attribute or holds references ({@code #id} in the same file, {@code file#id} as a proxy in
 * another, a class name first where the reference's type does not tell it), and an element with
 * text is a value of a (many-valued) attribute.
 * <p>
 * Elements are made without ids of their own ({@link Ids#whileReading}): each gets the id that the
 * file holds, and an element without one goes to EMF's loader like the rest of what this reader
 * does not read; proxies for elements in other files have no id until they are resolved.
 * <p>
 * Whatever else a file holds (features or classes that the model does not know, values that do not
 * convert, references that do not resolve, other XMI constructs) ends the reading with
 * {@link NotUnderstood}: the caller then loads the file with EMF's XMI loader, which keeps unknown
 * content and reports problems as it always did.
 */
final class XmiReader extends DefaultHandler {

	/** The file holds something that this reader leaves to EMF's XMI loader. */
	static final class NotUnderstood extends SAXException {
		private static final long serialVersionUID = 1L;

		NotUnderstood(String what) {
			super(what);
		}
	}

	private static final String XMI = "http://www.omg.org/XMI"; //$NON-NLS-1$
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance"; //$NON-NLS-1$
	/** The frame of the {@code xmi:XMI} element that holds several roots. */
	private static final Object ROOTS = new Object();

	/** The frame of an element whose text is a value of {@code attribute}. */
	private record Text(EAttribute attribute) {
	}

	/** A reference attribute, resolved once every object of the file exists. */
	private record Pending(EObject owner, EReference reference, String value) {
	}

	private final XMLResource resource;
	private final EPackage.Registry packages;
	private final URIHandlerImpl uris = new URIHandlerImpl();
	private final StandIns standIns = new StandIns();
	private final Map<String, EObject> ids;
	private final Map<String, String> namespaces = new HashMap<>();
	private final Map<String, EClass> classes = new HashMap<>();
	private final List<EObject> roots = new ArrayList<>(1);
	private final List<Pending> references = new ArrayList<>();
	/** Per open element: its object, {@link #ROOTS} or a {@link Text}. */
	private Object[] frames = new Object[32];
	private int depth;
	private final StringBuilder text = new StringBuilder();

	/**
	 * A reader for {@code resource}, which is about to read a file of about {@code expectedElements}
	 * elements (a hint that sizes the id map once, instead of growing it while reading).
	 */
	XmiReader(XMLResource resource, int expectedElements) {
		this.resource = resource;
		this.packages = resource.getResourceSet() != null ? resource.getResourceSet().getPackageRegistry() : EPackage.Registry.INSTANCE;
		Map<String, EObject> intrinsic = resource instanceof ResourceImpl withMap ? withMap.getIntrinsicIDToEObjectMap() : null;
		if (intrinsic != null && intrinsic.isEmpty() && resource instanceof ResourceImpl withMap) {
			intrinsic = HashMap.newHashMap(expectedElements);
			withMap.setIntrinsicIDToEObjectMap(intrinsic);
		}
		this.ids = intrinsic != null ? intrinsic : HashMap.newHashMap(expectedElements);
		uris.setBaseURI(resource.getURI());
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		if (depth > 0) {
			throw new NotUnderstood("a namespace declared below the root"); //$NON-NLS-1$
		}
		namespaces.put(prefix, uri);
		classes.clear();
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		Object parent = depth == 0 ? null : frames[depth - 1];
		Object frame;
		if (depth == 0 && XMI.equals(uri) && "XMI".equals(localName)) { //$NON-NLS-1$
			frame = ROOTS;
		} else if (parent == null || parent == ROOTS) {
			EObject root = create(classOf(uri, localName), attributes);
			roots.add(root);
			frame = root;
		} else if (parent instanceof EObject owner && uri.isEmpty()) {
			frame = child(owner, owner.eClass().getEStructuralFeature(localName), attributes);
		} else {
			throw new NotUnderstood("element " + qName); //$NON-NLS-1$
		}
		if (depth == frames.length) {
			frames = Arrays.copyOf(frames, depth * 2);
		}
		frames[depth++] = frame;
	}

	/** The object or attribute frame of a child element of {@code owner}. */
	private Object child(EObject owner, EStructuralFeature feature, Attributes attributes) throws SAXException {
		if (feature instanceof EAttribute attribute && attributes.getLength() == 0) {
			text.setLength(0);
			return new Text(attribute);
		}
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			throw new NotUnderstood("element for " + feature); //$NON-NLS-1$
		}
		String type = attributes.getValue(XSI, "type"); //$NON-NLS-1$
		EObject child = create(type != null ? classOf(type, reference.getEReferenceType()) : reference.getEReferenceType(), attributes);
		if (StandIns.isStandIn(child)) {
			resource.getWarnings().add(new MissingPluginWarning(resource.getURI(), type, EcoreUtil.getID(child), StandIns.namespaceOf(child)));
		}
		addOrSet(owner, reference, child);
		return child;
	}

	/** Adds a value to a many-valued feature (without looking for duplicates, as EMF's loader) or sets a single-valued one. */
	private static void addOrSet(EObject owner, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			InternalEList<Object> list = (InternalEList<Object>) owner.eGet(feature);
			list.addUnique(value);
		} else {
			owner.eSet(feature, value);
		}
	}

	/** A new object of {@code eClass} with the features that the element's attributes give. */
	private EObject create(EClass eClass, Attributes attributes) throws SAXException {
		if (eClass.isAbstract()) {
			throw new NotUnderstood("abstract " + eClass.getName()); //$NON-NLS-1$
		}
		EObject object = EcoreUtil.create(eClass);
		EAttribute idAttribute = eClass.getEIDAttribute();
		boolean identified = idAttribute == null;
		for (int i = 0, n = attributes.getLength(); i < n; i++) {
			String uri = attributes.getURI(i);
			String name = attributes.getLocalName(i);
			if (!uri.isEmpty()) {
				if (XSI.equals(uri) && "type".equals(name) || XMI.equals(uri) && "version".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				throw new NotUnderstood("attribute " + attributes.getQName(i)); //$NON-NLS-1$
			}
			EStructuralFeature feature = eClass.getEStructuralFeature(name);
			String value = attributes.getValue(i);
			if (feature == null && eClass.getEAnnotation(StandIns.ANNOTATION) != null) {
				standIns.keep(resource, object, name, value);
				continue;
			}
			if (feature instanceof EAttribute attribute && !attribute.isMany()) {
				object.eSet(attribute, convert(attribute, value));
				if (attribute == idAttribute) {
					// the key that attaching the object to the resource would give it
					String id = attribute.getEAttributeType() == EcorePackage.Literals.ESTRING ? value : EcoreUtil.getID(object);
					if (id != null) {
						ids.put(id, object);
					}
					identified = true;
				}
			} else if (feature instanceof EReference reference && !reference.isContainment()) {
				references.add(new Pending(object, reference, value));
			} else {
				throw new NotUnderstood("attribute " + name + " of " + eClass.getName()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (!identified) {
			// EMF's loader keeps the id that the element got when it was made
			throw new NotUnderstood("an element without id"); //$NON-NLS-1$
		}
		return object;
	}

	private static Object convert(EAttribute attribute, String value) throws NotUnderstood {
		EDataType type = attribute.getEAttributeType();
		if (type == EcorePackage.Literals.ESTRING) {
			return value;
		}
		try {
			return type.getEPackage().getEFactoryInstance().createFromString(type, value);
		} catch (RuntimeException e) {
			throw new NotUnderstood("value " + value + " of " + attribute.getName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (depth > 0 && frames[depth - 1] instanceof Text) {
			text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		Object frame = frames[--depth];
		frames[depth] = null;
		if (frame instanceof Text value) {
			addOrSet((EObject) frames[depth - 1], value.attribute(), convert(value.attribute(), text.toString()));
		}
	}

	@Override
	public void endDocument() throws SAXException {
		if (resource instanceof ModelResource model) {
			model.addRead(roots);
		} else {
			resource.getContents().addAll(roots);
		}
		for (Pending pending : references) {
			resolve(pending);
		}
	}

	/** Sets a reference from its attribute: ids and URIs separated by spaces, each maybe after a class name. */
	private void resolve(Pending pending) throws SAXException {
		EReference reference = pending.reference();
		String value = pending.value();
		int hash = value.indexOf('#');
		if (!reference.isMany() && hash >= 0 && value.indexOf(' ') < 0) {
			// the usual case: one element, by its id or its URI
			pending.owner().eSet(reference, hash == 0 ? local(value.substring(1)) : proxy(reference.getEReferenceType(), value));
			return;
		}
		List<EObject> values = new ArrayList<>(reference.isMany() ? 4 : 1);
		EClass type = null;
		for (int start = 0, end; start < value.length(); start = end + 1) {
			end = value.indexOf(' ', start);
			if (end < 0) {
				end = value.length();
			}
			if (end == start) {
				continue;
			}
			String token = value.substring(start, end);
			int at = token.indexOf('#');
			if (at < 0 && token.indexOf(':') >= 0) {
				type = classOf(token);
			} else if (at <= 0) {
				values.add(local(at == 0 ? token.substring(1) : token));
			} else {
				values.add(proxy(type != null ? type : reference.getEReferenceType(), token));
				type = null;
			}
		}
		EObject owner = pending.owner();
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(reference);
			for (EObject target : values) {
				if (target == owner) {
					list.add(target);
				} else {
					list.addUnique(target);
				}
			}
		} else if (!values.isEmpty()) {
			owner.eSet(reference, values.get(values.size() - 1));
		}
	}

	private EObject local(String fragment) throws NotUnderstood {
		EObject target = ids.get(fragment);
		if (target == null) {
			target = resource.getEObject(fragment);
		}
		if (target == null) {
			throw new NotUnderstood("unresolved reference " + fragment); //$NON-NLS-1$
		}
		return target;
	}

	private EObject proxy(EClass type, String token) throws SAXException {
		URI uri = uris.resolve(URI.createURI(token));
		if (uri.trimFragment().equals(resource.getURI())) {
			throw new NotUnderstood("reference " + token); //$NON-NLS-1$
		}
		if (type.isAbstract()) {
			throw new NotUnderstood("a reference to the abstract " + type.getName()); //$NON-NLS-1$
		}
		InternalEObject proxy = (InternalEObject) EcoreUtil.create(type);
		proxy.eSetProxyURI(uri);
		return proxy;
	}

	/** The class that a qualified name such as {@code tandem:Task} names. */
	private EClass classOf(String qualifiedName) throws NotUnderstood {
		EClass known = classes.get(qualifiedName);
		if (known == null) {
			int colon = qualifiedName.indexOf(':');
			String prefix = colon < 0 ? "" : qualifiedName.substring(0, colon); //$NON-NLS-1$
			String namespace = namespaces.get(prefix);
			known = classOf(namespace == null ? "" : namespace, qualifiedName.substring(colon + 1)); //$NON-NLS-1$
			classes.put(qualifiedName, known);
		}
		return known;
	}

	/**
	 * The class of an {@code xsi:type} where the model requires {@code base}: a stand-in subclass
	 * of {@code base} when no installed plug-in registers the namespace (see {@link StandIns}).
	 */
	private EClass classOf(String qualifiedName, EClass base) throws NotUnderstood {
		int colon = qualifiedName.indexOf(':');
		String prefix = colon < 0 ? "" : qualifiedName.substring(0, colon); //$NON-NLS-1$
		String namespace = namespaces.get(prefix);
		if (namespace == null || !StandIns.isMissing(packages, namespace)) {
			return classOf(qualifiedName);
		}
		return classes.computeIfAbsent(qualifiedName, q -> StandIns.standIn(packages, namespace, prefix, q.substring(colon + 1), base));
	}

	private EClass classOf(String namespace, String name) throws NotUnderstood {
		EPackage ePackage = packages.getEPackage(namespace);
		EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(name);
		if (classifier instanceof EClass eClass) {
			return eClass;
		}
		throw new NotUnderstood("class " + name + " of " + namespace); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
