package org.tandem.sync.internal.merge;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.Identified;

/**
 * Brings elements that only their side holds into the result: a copy with their attributes and
 * texts, not yet held anywhere; {@link Placement} puts it in place and {@link FeatureMerge} sets
 * its references.
 */
final class Restorer {

	private Restorer() {
	}

	/** A copy of {@code element} without its references and held elements, with its id. */
	static Identified copy(Identified element) {
		Identified copy = (Identified) EcoreUtil.create(element.eClass());
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (!feature.isChangeable() || feature.isDerived() || !element.eIsSet(feature)) {
				continue;
			}
			if (feature instanceof EAttribute) {
				copy.eSet(feature, element.eGet(feature));
			} else if (feature instanceof EReference reference && reference.isContainment() && !Features.holdsElements(reference)) {
				Object value = element.eGet(feature);
				copy.eSet(feature, reference.isMany() ? EcoreUtil.copyAll((java.util.Collection<?>) value) : EcoreUtil.copy((EObject) value));
			}
		}
		return copy;
	}
}
