package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * A copy of a model that keeps references to what it does not copy and resolves no proxies, as
 * {@code EcoreUtil.Copier(false, true)} makes it, with the features of each class sorted out once
 * rather than for each object. Classes with feature maps are left to {@code EcoreUtil.Copier}.
 */
final class ModelCopy extends EcoreUtil.Copier {

	private static final long serialVersionUID = 1L;

	/** The features of one class that a copy sets. */
	private record Plan(EAttribute[] attributes, EReference[] contents, EReference[] references, boolean featureMaps) {
	}

	private final transient Map<EClass, Plan> plans = new HashMap<>();
	private boolean featureMaps;

	ModelCopy() {
		super(false, true);
	}

	@Override
	@SuppressWarnings("unchecked")
	public EObject copy(EObject original) {
		if (original == null) {
			return null;
		}
		Plan plan = plan(original.eClass());
		if (plan.featureMaps()) {
			featureMaps = true;
			return super.copy(original);
		}
		EObject copy = createCopy(original);
		if (copy == null) {
			return null;
		}
		put(original, copy);
		for (EAttribute attribute : plan.attributes()) {
			if (original.eIsSet(attribute)) {
				set(copy, attribute, original.eGet(attribute));
			}
		}
		for (EReference content : plan.contents()) {
			if (!original.eIsSet(content)) {
				continue;
			}
			if (!content.isMany()) {
				copy.eSet(content, copy((EObject) original.eGet(content)));
			} else if (content.isUnsettable()) {
				set(copy, content, copyAll((List<?>) original.eGet(content)));
			} else {
				// fresh copies, each once: no duplicates to look for
				((InternalEList<EObject>) copy.eGet(content)).addAllUnique(copyAll((List<EObject>) original.eGet(content)));
			}
		}
		copyProxyURI(original, copy);
		return copy;
	}

	/** Sets a feature of a copy as the copier does: a list to the values given, a single value by itself. */
	private static void set(EObject copy, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			((InternalEObject) copy).eSetting(feature).set(value);
		} else {
			copy.eSet(feature, value);
		}
	}

	@Override
	public void copyReferences() {
		if (featureMaps) {
			super.copyReferences();
			return;
		}
		for (Map.Entry<EObject, EObject> entry : entrySet()) {
			for (EReference reference : plan(entry.getKey().eClass()).references()) {
				if (reference.getEOpposite() != null) {
					copyReference(reference, entry.getKey(), entry.getValue());
				} else {
					copyReference(entry.getKey(), entry.getValue(), reference);
				}
			}
		}
	}

	/** Copies a reference without an opposite: to the copy of each target, or to the target itself when it is not copied. */
	@SuppressWarnings("unchecked")
	private void copyReference(EObject original, EObject copy, EReference reference) {
		if (!original.eIsSet(reference)) {
			return;
		}
		Object value = original.eGet(reference, false);
		if (!reference.isMany()) {
			EObject copied = value == null ? null : get(value);
			copy.eSet(reference, copied == null ? value : copied);
			return;
		}
		InternalEList<EObject> targets = (InternalEList<EObject>) value;
		InternalEList<EObject> copies = (InternalEList<EObject>) ((InternalEObject) copy).eSetting(reference);
		if (targets.isEmpty()) {
			copies.clear();
			return;
		}
		int index = 0;
		for (Iterator<EObject> all = targets.basicIterator(); all.hasNext();) {
			EObject target = all.next();
			EObject copied = get(target);
			copies.addUnique(index++, copied == null ? target : copied);
		}
	}

	private Plan plan(EClass eClass) {
		return plans.computeIfAbsent(eClass, ModelCopy::planOf);
	}

	private static Plan planOf(EClass eClass) {
		List<EAttribute> attributes = new ArrayList<>();
		List<EReference> contents = new ArrayList<>();
		List<EReference> references = new ArrayList<>();
		boolean maps = false;
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (!feature.isChangeable() || feature.isDerived()) {
				continue;
			}
			maps |= FeatureMapUtil.isFeatureMap(feature);
			if (feature instanceof EAttribute attribute) {
				attributes.add(attribute);
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				contents.add(reference);
			} else if (feature instanceof EReference reference && !reference.isContainer()) {
				references.add(reference);
			}
		}
		return new Plan(attributes.toArray(EAttribute[]::new), contents.toArray(EReference[]::new), references.toArray(EReference[]::new), maps);
	}
}
