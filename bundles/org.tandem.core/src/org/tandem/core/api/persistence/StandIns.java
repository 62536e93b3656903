package org.tandem.core.api.persistence;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;

/**
 * Stand-ins for the classes of a plug-in that is not installed: when a file holds an element whose
 * namespace no installed plug-in registers, the element is read as an instance of a stand-in
 * class of that name and namespace, a subclass of the class that its place in the model requires
 * (a Measure where measures are held); the attributes that class does not know are kept as
 * EMF keeps unknown features. So the workspace still
 * loads, the element is shown, edited, merged and validated as what it extends, and the next save
 * writes it back as it was read. The stand-in packages live in the resource set's package
 * registry, so that every file of a workspace shares them.
 *
 * @since 0.1
 */
public final class StandIns {

	/** The source of the annotation that marks a stand-in class; its detail {@code namespace} names the missing package. */
	public static final String ANNOTATION = "http://tandem.org/model/missing-plugin"; //$NON-NLS-1$

	private final ExtendedMetaData unknownFeatures = new BasicExtendedMetaData();

	/** Whether {@code object} is an element of a plug-in that is not installed. */
	public static boolean isStandIn(EObject object) {
		return object.eClass().getEAnnotation(ANNOTATION) != null;
	}

	/** The namespace of the missing plug-in's package. */
	public static String namespaceOf(EObject object) {
		return object.eClass().getEPackage().getNsURI();
	}

	/** The stand-in class {@code name} of {@code namespace}, made (with its package) when it is new. */
	static EClass standIn(EPackage.Registry registry, String namespace, String prefix, String name, EClass base) {
		EPackage ePackage = registry.getEPackage(namespace);
		if (ePackage == null) {
			ePackage = EcoreFactory.eINSTANCE.createEPackage();
			ePackage.setNsURI(namespace);
			ePackage.setNsPrefix(prefix.isEmpty() ? "plugin" : prefix); //$NON-NLS-1$
			ePackage.setName(ePackage.getNsPrefix());
			registry.put(namespace, ePackage);
		}
		EClassifier known = ePackage.getEClassifier(name);
		if (known instanceof EClass eClass) {
			return eClass;
		}
		EClass eClass = EcoreFactory.eINSTANCE.createEClass();
		eClass.setName(name);
		eClass.getESuperTypes().add(base);
		eClass.getEAnnotations().add(annotation(namespace));
		ePackage.getEClassifiers().add(eClass);
		return eClass;
	}

	/** Whether {@code namespace} is a stand-in package of {@code registry}, or no package at all. */
	static boolean isMissing(EPackage.Registry registry, String namespace) {
		EPackage ePackage = registry.getEPackage(namespace);
		return ePackage == null || ePackage.getEClassifiers().stream().anyMatch(c -> c.getEAnnotation(ANNOTATION) != null);
	}

	/** Adds a warning to {@code resource} for each of its elements that is a stand-in (after EMF's loader read it). */
	static void warnAbout(XMLResource resource) {
		for (java.util.Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (isStandIn(element)) {
				String type = element.eClass().getEPackage().getNsPrefix() + ":" + element.eClass().getName(); //$NON-NLS-1$
				resource.getWarnings().add(new MissingPluginWarning(resource.getURI(), type, org.eclipse.emf.ecore.util.EcoreUtil.getID(element), namespaceOf(element)));
			}
		}
	}

	/**
	 * Keeps the attribute {@code name} of a stand-in {@code element} that its class does not know,
	 * as EMF's XMI loader keeps unknown features: in the resource's extension map, which the next
	 * save writes back.
	 */
	void keep(XMLResource resource, EObject element, String name, String value) {
		AnyType extension = resource.getEObjectToExtensionMap().computeIfAbsent(element, e -> XMLTypeFactory.eINSTANCE.createAnyType());
		extension.getAnyAttribute().add(unknownFeatures.demandFeature(null, name, false), value);
	}

	private static org.eclipse.emf.ecore.EAnnotation annotation(String namespace) {
		org.eclipse.emf.ecore.EAnnotation annotation = EcoreFactory.eINSTANCE.createEAnnotation();
		annotation.setSource(ANNOTATION);
		annotation.getDetails().put("namespace", namespace); //$NON-NLS-1$
		return annotation;
	}
}
