package org.tandem.ui.sync.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.Identified;
import org.tandem.model.api.TandemPackage;

/**
 * Makes elements of the workspace as they were in an earlier version of their file, in place (so
 * that what refers to them keeps referring): attributes, texts and references of one element, or
 * a whole file's tree (elements come back, go, and move as they were). References name elements by
 * id: to one of the file, or to the workspace's element of that id; one that no longer exists is
 * left out. Runs inside a {@link org.eclipse.emf.edit.command.ChangeCommand}, which makes it undoable.
 */
final class ElementRestore {

	private final Resource current;
	private final Map<String, Identified> byId = new HashMap<>();
	private final java.util.function.Function<String, EObject> workspace;
	private final List<EObject[]> pendingReferences = new ArrayList<>();

	/** Restores in {@code current}; {@code workspace} finds an element of another file by id. */
	ElementRestore(Resource current, java.util.function.Function<String, EObject> workspace) {
		this.current = current;
		this.workspace = workspace;
		for (TreeIterator<EObject> all = current.getAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified element && element.getId() != null) {
				byId.put(element.getId(), element);
			}
		}
	}

	/** The element's own attributes, texts and references as in {@code old}; what it holds stays as it is. */
	void element(Identified now, Identified old) {
		features(now, old);
		references();
	}

	/** Puts back an element that is gone, as {@code old} was, into its former holder {@code holder}. */
	void readd(Identified holder, Identified old) {
		@SuppressWarnings("unchecked")
		EList<EObject> list = (EList<EObject>) holder.eGet(holder.eClass().getEStructuralFeature(old.eContainmentFeature().getName()));
		EObject copy = tree(old);
		int index = ((List<?>) old.eContainer().eGet(old.eContainmentFeature())).indexOf(old);
		list.add(Math.min(index, list.size()), copy);
		references();
	}

	/** The whole tree of the file's root as {@code old}'s. */
	void file(Identified root, Identified old) {
		structure(root, old);
		references();
	}

	private void structure(Identified now, Identified old) {
		features(now, old);
		for (EReference holding : now.eClass().getEAllContainments()) {
			if (holds(holding) && holding.isChangeable()) {
				List<EObject> wanted = new ArrayList<>();
				for (Object child : values(old, holding)) {
					Identified oldChild = (Identified) child;
					Identified existing = byId.get(oldChild.getId());
					if (existing != null && existing.eClass() == oldChild.eClass()) {
						structure(existing, oldChild);
						wanted.add(existing);
					} else {
						wanted.add(tree(oldChild));
					}
				}
				set(now, holding, wanted);
			}
		}
	}

	/** Attributes and texts now; references once every element is in place. */
	private void features(EObject now, EObject old) {
		for (EStructuralFeature feature : now.eClass().getEAllStructuralFeatures()) {
			if (!feature.isChangeable() || feature.isDerived() || feature.isTransient() || feature == TandemPackage.Literals.IDENTIFIED__ID
					|| feature instanceof EReference reference && holds(reference)) {
				continue;
			}
			if (feature instanceof EReference reference && !reference.isContainment()) {
				pendingReferences.add(new EObject[] { now, old, reference });
			} else if (feature instanceof EReference) {
				Object value = old.eGet(feature);
				set(now, feature, value instanceof EObject single ? EcoreUtil.copy(single)
						: value instanceof List<?> many ? new ArrayList<>(EcoreUtil.copyAll(castAll(many))) : null);
			} else {
				now.eSet(feature, old.eGet(feature));
			}
		}
	}

	/** A new element as {@code old} with all it holds, its references set later. */
	private EObject tree(Identified old) {
		EObject copy = EcoreUtil.create(old.eClass());
		((Identified) copy).setId(old.getId());
		byId.put(old.getId(), (Identified) copy);
		structure((Identified) copy, old);
		return copy;
	}

	private void references() {
		for (EObject[] pending : pendingReferences) {
			EReference reference = (EReference) pending[2];
			List<EObject> targets = new ArrayList<>();
			for (Object target : values(pending[1], reference)) {
				EObject found = target((EObject) target);
				if (found != null) {
					targets.add(found);
				}
			}
			set(pending[0], reference, targets);
		}
		pendingReferences.clear();
	}

	private EObject target(EObject old) {
		String id = old.eIsProxy() ? ((org.eclipse.emf.ecore.InternalEObject) old).eProxyURI().fragment()
				: old instanceof Identified element ? element.getId() : null;
		if (id == null) {
			return null;
		}
		EObject here = byId.get(id);
		return here != null ? here : workspace.apply(id);
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject element, EStructuralFeature feature, Object values) {
		if (feature.isMany()) {
			ECollections.setEList((EList<Object>) element.eGet(feature), values == null ? List.of() : new ArrayList<>((List<Object>) values));
		} else {
			List<?> list = values instanceof List<?> l ? l : null;
			element.eSet(feature, list == null ? values : list.isEmpty() ? null : list.get(0));
		}
	}

	private static boolean holds(EReference reference) {
		return reference.isContainment() && TandemPackage.Literals.IDENTIFIED.isSuperTypeOf(reference.getEReferenceType());
	}

	private static List<?> values(EObject element, EStructuralFeature feature) {
		Object value = element.eGet(feature, false);
		return feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> castAll(List<?> list) {
		return (List<EObject>) list;
	}
}
