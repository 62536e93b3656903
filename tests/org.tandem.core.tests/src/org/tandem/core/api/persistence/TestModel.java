package org.tandem.core.api.persistence;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * A small model of nodes with ids, names, children and cross references, built at run time (and
 * registered globally, as generated packages are) so that the persistence tests do not depend on
 * Tandem's domain model.
 */
public final class TestModel {

	public static final EPackage PACKAGE;
	public static final EClass NODE;
	public static final EAttribute ID;
	public static final EAttribute NAME;
	public static final EReference CHILDREN;
	public static final EReference FRIEND;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		PACKAGE = ecore.createEPackage();
		PACKAGE.setName("node");
		PACKAGE.setNsPrefix("node");
		PACKAGE.setNsURI("http://tandem.org/test/node");
		NODE = ecore.createEClass();
		NODE.setName("Node");
		ID = ecore.createEAttribute();
		ID.setName("id");
		ID.setEType(EcorePackage.Literals.ESTRING);
		ID.setID(true);
		NAME = ecore.createEAttribute();
		NAME.setName("name");
		NAME.setEType(EcorePackage.Literals.ESTRING);
		CHILDREN = ecore.createEReference();
		CHILDREN.setName("children");
		CHILDREN.setEType(NODE);
		CHILDREN.setContainment(true);
		CHILDREN.setUpperBound(-1);
		FRIEND = ecore.createEReference();
		FRIEND.setName("friend");
		FRIEND.setEType(NODE);
		NODE.getEStructuralFeatures().add(ID);
		NODE.getEStructuralFeatures().add(NAME);
		NODE.getEStructuralFeatures().add(CHILDREN);
		NODE.getEStructuralFeatures().add(FRIEND);
		PACKAGE.getEClassifiers().add(NODE);
		EPackage.Registry.INSTANCE.put(PACKAGE.getNsURI(), PACKAGE);
	}

	private TestModel() {
	}

	public static ResourceSet resourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(PACKAGE.getNsURI(), PACKAGE);
		return resources;
	}

	public static EObject node(String id, String name) {
		EObject node = PACKAGE.getEFactoryInstance().create(NODE);
		node.eSet(ID, id);
		node.eSet(NAME, name);
		return node;
	}

	@SuppressWarnings("unchecked")
	public static EObject add(EObject parent, EObject child) {
		((java.util.List<EObject>) parent.eGet(CHILDREN)).add(child);
		return child;
	}

	/** A tree of {@code size} children under a root; each child refers to the previous one. */
	public static EObject tree(String rootName, int size) {
		EObject root = node("root", rootName);
		EObject previous = null;
		for (int i = 0; i < size; i++) {
			EObject child = add(root, node("n" + i, "Knoten " + i + " 节点 " + rootName));
			if (previous != null) {
				child.eSet(FRIEND, previous);
			}
			previous = child;
		}
		return root;
	}
}
