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
 * values (attributes, texts, references) and those that hold elements.
 */
final class ClassFeatures {

	private final Map<EClass, List<EStructuralFeature>> compared = new HashMap<>();
	private final Map<EClass, List<EReference>> holders = new HashMap<>();

	/** The features of {@code eClass} whose values the merge compares: all it merges but those holding elements. */
	List<EStructuralFeature> compared(EClass eClass) {
		return compared.computeIfAbsent(eClass, any -> {
			List<EStructuralFeature> features = new ArrayList<>();
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				if (Features.merged(feature) && !Features.holdsElements(feature)) {
					features.add(feature);
				}
			}
			return features;
		});
	}

	/** The containment features of {@code eClass} that hold elements. */
	List<EReference> holders(EClass eClass) {
		return holders.computeIfAbsent(eClass, Features::elementHolders);
	}
}
