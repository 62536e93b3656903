package org.tandem.model.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;

/**
 * A partnership and a plan in which every concrete class occurs and every feature is set: containments get one
 * element of each concrete type (nested at most twice per class), attributes a value that is not the default, and
 * references every element of their type across both files, so the plan refers into the partnership file.
 */
final class SampleModel {

	static final LocalDate DATE = LocalDate.of(2026, 5, 4);
	static final Instant INSTANT = Instant.parse("2026-05-04T08:30:00Z");
	private static final TandemPackage PACKAGE = TandemPackage.eINSTANCE;

	private int counter;

	/** Fills a partnership and a plan and puts them into the two resources. */
	void fill(Resource partnershipFile, Resource planFile) {
		Partnership partnership = TandemFactory.eINSTANCE.createPartnership();
		ImplementationPlan plan = TandemFactory.eINSTANCE.createImplementationPlan();
		partnershipFile.getContents().add(partnership);
		planFile.getContents().add(plan);
		contain(partnership, new ArrayList<>());
		contain(plan, new ArrayList<>());
		List<EObject> all = all(partnershipFile, planFile);
		for (EObject object : all) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
					refer(object, reference, all);
				}
			}
		}
	}

	static List<EObject> all(Resource... resources) {
		List<EObject> all = new ArrayList<>();
		for (Resource resource : resources) {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				all.add(it.next());
			}
		}
		return all;
	}

	static List<EClass> concreteClasses() {
		return PACKAGE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(eClass -> !eClass.isAbstract() && !eClass.isInterface()).toList();
	}

	private void contain(EObject object, List<EClass> path) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!attribute.isID() && attribute.isChangeable() && !attribute.isDerived()) {
				set(object, attribute, value(attribute.getEAttributeType()));
				if (attribute.isMany()) {
					add(object, attribute, value(attribute.getEAttributeType()));
				}
			}
		}
		path.add(object.eClass());
		for (EReference containment : object.eClass().getEAllContainments()) {
			for (EClass type : concreteClasses()) {
				if (containment.getEReferenceType().isSuperTypeOf(type) && path.stream().filter(type::equals).count() < 2) {
					EObject child = EcoreUtil.create(type);
					set(object, containment, child);
					contain(child, path);
				}
			}
		}
		path.remove(path.size() - 1);
	}

	private static void refer(EObject object, EReference reference, List<EObject> all) {
		for (EObject candidate : all) {
			if (reference.getEReferenceType().isInstance(candidate)) {
				set(object, reference, candidate);
				if (!reference.isMany()) {
					return;
				}
			}
		}
	}

	private static void set(EObject object, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			add(object, feature, value);
		} else {
			object.eSet(feature, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static void add(EObject object, EStructuralFeature feature, Object value) {
		EList<Object> values = (EList<Object>) object.eGet(feature);
		if (feature.getUpperBound() < 0 || values.size() < feature.getUpperBound()) {
			values.add(value);
		}
	}

	private Object value(EDataType type) {
		counter++;
		if (type instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1).getInstance();
		} else if (type == PACKAGE.getDate()) {
			return DATE.plusDays(counter);
		} else if (type == PACKAGE.getInstant()) {
			return INSTANT.plusSeconds(counter);
		} else if (type == EcorePackage.Literals.EINT) {
			return 2000 + counter;
		} else if (type == EcorePackage.Literals.ELONG) {
			return 5_000_000_000L + counter;
		} else if (type == EcorePackage.Literals.EDOUBLE) {
			return counter + 0.25;
		} else if (type == EcorePackage.Literals.EBOOLEAN) {
			return Boolean.TRUE;
		} else if (type == EcorePackage.Literals.ESTRING) {
			return "Wert 值 " + counter + " <&\"'>";
		}
		throw new IllegalArgumentException("no sample value for " + type.getName());
	}
}
