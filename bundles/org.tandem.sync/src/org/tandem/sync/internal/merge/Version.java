package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.tandem.model.api.Identified;

/**
 * One version of a model file (base, ours, theirs or the result), indexed for the merge: its
 * elements by the number of their id ({@link Ids}), in the order of the model, and the number of the
 * element that holds each. A reference's target is named by a key: the id of an element of the same
 * file, or the address of one in another file relative to this file, so that the keys of versions
 * read from different folders compare.
 */
final class Version {

	private static final String EXTERNAL = "href:"; //$NON-NLS-1$

	private final Resource resource;
	private final Ids ids;
	private Identified[] elements;
	private int[] containers;
	private int[] positions;
	private int[] order;
	private int size;
	/** The number that the walk gave last. */
	private int last = Ids.NONE;

	/** Indexes the elements of {@code resource}, numbering their ids in {@code ids}. */
	Version(Resource resource, Ids ids) {
		this(resource, ids, 1024);
		for (EObject root : resource.getContents()) {
			if (root instanceof Identified element) {
				walk(element, Ids.NONE, 0);
			}
		}
	}

	private Version(Resource resource, Ids ids, int capacity) {
		this.resource = resource;
		this.ids = ids;
		this.elements = new Identified[capacity];
		this.containers = new int[capacity];
		this.positions = new int[capacity];
		this.order = new int[capacity];
	}

	/**
	 * The version that {@code into} holds, a copy of this one: the copy of each element of this
	 * version (as {@code copies} maps them) under the same number.
	 */
	Version copiedInto(Resource into, Map<EObject, EObject> copies) {
		Version copy = new Version(into, ids, elements.length);
		for (int i = 0; i < size; i++) {
			int number = order[i];
			copy.put(number, (Identified) copies.get(elements[number]), containers[number], positions[number]);
		}
		return copy;
	}

	/**
	 * Indexes {@code element}, the {@code position}th element that {@code container} holds, and, in
	 * model order, the elements it holds in this file (its contents, as {@code eContents()} lists them).
	 */
	private void walk(Identified element, int container, int position) {
		int number = Ids.NONE;
		if (element.getId() != null) {
			number = ids.number(element.getId(), last + 1);
			last = number;
			put(number, element, container, position);
		}
		int held = 0;
		List<EReference> containments = element.eClass().getEAllContainments();
		for (int c = 0; c < containments.size(); c++) {
			EReference containment = containments.get(c);
			if (!element.eIsSet(containment)) {
				continue;
			}
			Object value = element.eGet(containment, false);
			if (containment.isMany()) {
				InternalEList<?> contents = (InternalEList<?>) value;
				for (int i = 0; i < contents.size(); i++) {
					held = visit(contents.basicGet(i), number, held);
				}
			} else {
				held = visit(value, number, held);
			}
		}
	}

	/** Walks {@code content} when it is an element in this file, the {@code position}th of {@code container}; the next position. */
	private int visit(Object content, int container, int position) {
		if (content instanceof Identified child && ((InternalEObject) child).eDirectResource() == null) {
			walk(child, container, position);
			return position + 1;
		}
		return position;
	}

	private void put(int number, Identified element, int container, int position) {
		if (number >= elements.length) {
			int capacity = Math.max(number + 1, elements.length * 2);
			elements = Arrays.copyOf(elements, capacity);
			containers = Arrays.copyOf(containers, capacity);
			positions = Arrays.copyOf(positions, capacity);
		}
		if (elements[number] == null) {
			if (size == order.length) {
				order = Arrays.copyOf(order, size * 2);
			}
			order[size++] = number;
		}
		elements[number] = element;
		containers[number] = container;
		positions[number] = position;
	}

	Identified root() {
		return resource.getContents().isEmpty() ? null : (Identified) resource.getContents().get(0);
	}

	/** The element numbered {@code number}, or null when this version lacks it. */
	Identified get(int number) {
		return number >= 0 && number < elements.length ? elements[number] : null;
	}

	boolean has(int number) {
		return get(number) != null;
	}

	Identified get(String id) {
		return get(ids.find(id));
	}

	boolean has(String id) {
		return get(id) != null;
	}

	/** The number of an element of any version. */
	int number(Identified element) {
		return ids.find(element.getId());
	}

	/** How many elements this version indexed. */
	int size() {
		return size;
	}

	/** The number of the {@code i}th element in the order of the model. */
	int at(int i) {
		return order[i];
	}

	/** The number of the element that holds element {@code number} here, or {@link Ids#NONE} for the root. */
	int container(int number) {
		return containers[number];
	}

	/** Whether element {@code number}, which both versions hold, is held in the same place in {@code other}, at the same position among the elements there. */
	boolean samePosition(int number, Version other) {
		return positions[number] == other.positions[number] && sameLocation(number, other);
	}

	/** Whether element {@code number}, which both versions hold, is held in the same place in {@code other}. */
	boolean sameLocation(int number, Version other) {
		return containers[number] == other.containers[number] && Objects.equals(feature(number), other.feature(number));
	}

	/** The name of the feature that holds element {@code number}, or null for the root. */
	private String feature(int number) {
		Identified element = elements[number];
		return element.eContainer() instanceof Identified ? element.eContainmentFeature().getName() : null;
	}

	/** Where element {@code number} is held here, or null when this version lacks it. */
	Location location(int number) {
		Identified element = get(number);
		if (element == null) {
			return null;
		}
		return element.eContainer() instanceof Identified owner ? new Location(owner.getId(), element.eContainmentFeature().getName()) : Location.ROOT;
	}

	/** The numbers of the elements that element {@code number} holds in {@code feature} here, in order; empty when absent. */
	List<Integer> children(int number, EReference feature) {
		Identified element = get(number);
		List<Integer> children = new ArrayList<>();
		if (element != null && feature.getEContainingClass().isSuperTypeOf(element.eClass())) {
			int child = Ids.NONE;
			for (Object held : Features.values(element, feature)) {
				if (held instanceof Identified heldElement) {
					child = ids.find(heldElement.getId(), child + 1);
					children.add(child);
				}
			}
		}
		return children;
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

	/** Whether {@code target} here and {@code otherTarget} in {@code other} have the same key (either may be null). */
	boolean sameKey(EObject target, Version other, EObject otherTarget) {
		if (target == null || otherTarget == null) {
			return target == otherTarget;
		}
		if (target.eIsProxy() && otherTarget.eIsProxy() && ((InternalEObject) target).eProxyURI().equals(((InternalEObject) otherTarget).eProxyURI())
				&& Objects.equals(resource.getURI(), other.resource.getURI())) {
			return true;
		}
		if (!target.eIsProxy() && !otherTarget.eIsProxy() && target instanceof Identified element && otherTarget instanceof Identified otherElement
				&& target.eResource() == resource && otherTarget.eResource() == other.resource) {
			return Objects.equals(element.getId(), otherElement.getId());
		}
		return key(target).equals(other.key(otherTarget));
	}

	/** The target that {@code key} names, in this version: an element of it, or a proxy of one in another file. */
	EObject target(String key, EReference feature) {
		if (!key.startsWith(EXTERNAL)) {
			return get(key);
		}
		URI uri = URI.createURI(key.substring(EXTERNAL.length())).resolve(resource.getURI());
		EObject proxy = EcoreUtil.create(feature.getEReferenceType());
		((InternalEObject) proxy).eSetProxyURI(uri);
		return proxy;
	}

	/** Whether {@code key} names an element in another file. */
	static boolean isExternal(String key) {
		return key.startsWith(EXTERNAL);
	}

	/** Adds an element to the index of this version, which the merge is building. */
	void register(Identified element) {
		put(number(element), element, Ids.NONE, 0);
	}

	/** Forgets an element that the merge removed. */
	void unregister(int number) {
		if (number < elements.length) {
			elements[number] = null;
		}
	}
}
