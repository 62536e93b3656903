package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The features of each class that the merge looks at, worked out once per class: those compared as
 * values (attributes, texts, references and other contents) and those that hold elements.
 */
final class ClassFeatures {

	/** The features of one class whose values the merge compares, by kind. */
	record Compared(EStructuralFeature[] attributes, EStructuralFeature[] texts, EReference[] references, EStructuralFeature[] contents) {
	}

	private final Map<EClass, Compared> compared = new HashMap<>();
	private final Map<EClass, List<EReference>> holders = new HashMap<>();

	/** The features of {@code eClass} whose values the merge compares: all it merges but those holding elements. */
	Compared compared(EClass eClass) {
		return compared.computeIfAbsent(eClass, ClassFeatures::sort);
	}

	private static Compared sort(EClass eClass) {
		List<EStructuralFeature> attributes = new ArrayList<>();
		List<EStructuralFeature> texts = new ArrayList<>();
		List<EReference> references = new ArrayList<>();
		List<EStructuralFeature> contents = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (!Features.merged(feature) || Features.holdsElements(feature)) {
				continue;
			}
			if (Features.isText(feature)) {
				texts.add(feature);
			} else if (feature instanceof EReference reference && !reference.isContainment()) {
				references.add(reference);
			} else if (feature instanceof EReference) {
				contents.add(feature);
			} else {
				attributes.add(feature);
			}
		}
		return new Compared(attributes.toArray(EStructuralFeature[]::new), texts.toArray(EStructuralFeature[]::new),
				references.toArray(EReference[]::new), contents.toArray(EStructuralFeature[]::new));
	}

	/** The containment features of {@code eClass} that hold elements. */
	List<EReference> holders(EClass eClass) {
		return holders.computeIfAbsent(eClass, Features::elementHolders);
	}
}
