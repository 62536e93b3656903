package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.TandemPackage;

/** The features that the merge compares, and their values read without resolving proxies. */
final class Features {

	private Features() {
	}

	/** The values of {@code feature} of {@code element} as a list (empty or one for single-valued ones). */
	static List<?> values(EObject element, EStructuralFeature feature) {
		Object value = element.eGet(feature, false);
		if (feature.isMany()) {
			return (List<?>) value;
		}
		return value == null ? List.of() : List.of(value);
	}

	/** The value of a single-valued feature, unresolved. */
	static Object value(EObject element, EStructuralFeature feature) {
		return element.eGet(feature, false);
	}

	/** Whether the merge looks at {@code feature}: changeable, stored, and not the id. */
	static boolean merged(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
				&& feature != TandemPackage.Literals.IDENTIFIED__ID;
	}

	/** Whether {@code feature} holds a text in several languages. */
	static boolean isText(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment()
				&& reference.getEReferenceType() == TandemPackage.Literals.LOCALIZED_TEXT && !reference.isMany();
	}

	/** Whether {@code feature} holds elements with ids. */
	static boolean holdsElements(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment()
				&& TandemPackage.Literals.IDENTIFIED.isSuperTypeOf(reference.getEReferenceType());
	}

	/** The containment features of {@code eClass} that hold elements. */
	static List<EReference> elementHolders(EClass eClass) {
		List<EReference> holders = new ArrayList<>();
		for (EReference reference : eClass.getEAllContainments()) {
			if (merged(reference) && holdsElements(reference)) {
				holders.add(reference);
			}
		}
		return holders;
	}

	/** The text held in {@code feature} of {@code element}, or null. */
	static LocalizedText text(EObject element, EStructuralFeature feature) {
		return element == null ? null : (LocalizedText) element.eGet(feature);
	}
}
