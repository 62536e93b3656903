package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.Identified;

/**
 * One version of a model file (base, ours or theirs), indexed for the merge: its elements by id (in the order of the model) and
 * where each is held. A reference's target is named by a key: the id of an element of the same
 * file, or the address of one in another file relative to this file, so that the keys of versions
 * read from different folders compare.
 */
final class Version {

	private static final String EXTERNAL = "href:"; //$NON-NLS-1$

	private final Resource resource;
	private final Map<String, Identified> elements = new LinkedHashMap<>();

	Version(Resource resource) {
		this.resource = resource;
		for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(resource, false); all.hasNext();) {
			EObject next = all.next();
			if (next instanceof Identified element && element.getId() != null) {
				elements.put(element.getId(), element);
			} else if (!(next instanceof Identified)) {
				all.prune();
			}
		}
	}

	Identified root() {
		return resource.getContents().isEmpty() ? null : (Identified) resource.getContents().get(0);
	}

	Identified get(String id) {
		return elements.get(id);
	}

	boolean has(String id) {
		return elements.containsKey(id);
	}

	Collection<String> ids() {
		return elements.keySet();
	}

	/** Where {@code id} is held here, or null when this version lacks it. */
	Location location(String id) {
		Identified element = elements.get(id);
		if (element == null) {
			return null;
		}
		EObject container = element.eContainer();
		return container instanceof Identified owner ? new Location(owner.getId(), element.eContainmentFeature().getName()) : Location.ROOT;
	}

	/** The ids of the elements that {@code id} holds in {@code feature} here, in order; empty when absent. */
	List<String> children(String id, EReference feature) {
		Identified element = elements.get(id);
		List<String> ids = new ArrayList<>();
		if (element != null && feature.getEContainingClass().isSuperTypeOf(element.eClass())) {
			for (Object child : Features.values(element, feature)) {
				if (child instanceof Identified held) {
					ids.add(held.getId());
				}
			}
		}
		return ids;
	}

	/** The key of a reference's target. */
	String key(EObject target) {
		if (!target.eIsProxy() && target.eResource() == resource && target instanceof Identified element) {
			return element.getId();
		}
		URI uri = EcoreUtil.getURI(target);
		return EXTERNAL + uri.deresolve(resource.getURI(), true, true, false);
	}

	/** The keys of the targets of {@code feature} of {@code element}, in order. */
	List<String> keys(EObject element, EReference feature) {
		List<String> keys = new ArrayList<>();
		for (Object target : Features.values(element, feature)) {
			keys.add(key((EObject) target));
		}
		return keys;
	}

	/** The target that {@code key} names, in this version: an element of it, or a proxy of one in another file. */
	EObject target(String key, EReference feature) {
		if (!key.startsWith(EXTERNAL)) {
			return elements.get(key);
		}
		URI uri = URI.createURI(key.substring(EXTERNAL.length())).resolve(resource.getURI());
		EObject proxy = EcoreUtil.create(feature.getEReferenceType());
		((org.eclipse.emf.ecore.InternalEObject) proxy).eSetProxyURI(uri);
		return proxy;
	}

	/** Whether {@code key} names an element in another file. */
	static boolean isExternal(String key) {
		return key.startsWith(EXTERNAL);
	}

	/** Adds an element to the index of this version, which the merge is building. */
	void register(Identified element) {
		elements.put(element.getId(), element);
	}

	/** Forgets an element that the merge removed. */
	void unregister(String id) {
		elements.remove(id);
	}
}
