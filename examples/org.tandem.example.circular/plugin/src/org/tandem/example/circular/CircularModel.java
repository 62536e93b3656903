package org.tandem.example.circular;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.Measure;

/**
 * The plug-in's own EMF package ({@code model/circular.ecore}, registered through the extension
 * point {@code org.eclipse.emf.ecore.dynamic_package}): {@code CircularMeasure}, a Measure with the
 * material it recycles and how many tonnes a year.
 */
final class CircularModel {

	static final String NAMESPACE = "http://tandem.org/example/circular/1.0"; //$NON-NLS-1$
	static final String MEASURE = "CircularMeasure"; //$NON-NLS-1$

	private CircularModel() {
	}

	/** The class, when EMF has the package (always, once the plug-in is installed). */
	static EClass measureClass() {
		EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(NAMESPACE);
		return ePackage == null ? null : (EClass) ePackage.getEClassifier(MEASURE);
	}

	/** Whether {@code element} is a circular measure. */
	static boolean isCircular(EObject element) {
		EClass circular = measureClass();
		return circular != null && circular.isSuperTypeOf(element.eClass());
	}

	/** A circular measure with the name and description of {@code plain} and the given material. */
	static Measure circularMeasure(Measure plain, String material) {
		EClass circular = measureClass();
		if (circular == null) {
			return plain;
		}
		Measure measure = (Measure) EcoreUtil.create(circular);
		measure.setName(plain.getName());
		measure.setDescription(plain.getDescription());
		measure.eSet(attribute(circular, "material"), material); //$NON-NLS-1$
		return measure;
	}

	static String material(EObject measure) {
		return (String) measure.eGet(attribute(measure.eClass(), "material")); //$NON-NLS-1$
	}

	static double recycledTonnes(EObject measure) {
		return (Double) measure.eGet(attribute(measure.eClass(), "recycledTonnes")); //$NON-NLS-1$
	}

	private static EAttribute attribute(EClass eClass, String name) {
		return (EAttribute) eClass.getEStructuralFeature(name);
	}
}
