package org.tandem.ui.api.editing;

import java.util.Collection;
import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Gives copies their own identity: a new random UUID (the form new elements get) for every element
 * of the copies that has an id, nested ones included. Run on copies not yet in a model file, so
 * that the file's id map never sees the originals' ids twice.
 */
final class NewIds {

	private NewIds() {
	}

	static void give(Collection<?> copies) {
		for (Object copy : copies) {
			if (copy instanceof EObject root) {
				renew(root);
				root.eAllContents().forEachRemaining(NewIds::renew);
			}
		}
	}

	private static void renew(EObject element) {
		EAttribute id = element.eClass().getEIDAttribute();
		if (id != null && id.isChangeable() && id.getEAttributeType().getInstanceClass() == String.class) {
			element.eSet(id, UUID.randomUUID().toString());
		}
	}
}
