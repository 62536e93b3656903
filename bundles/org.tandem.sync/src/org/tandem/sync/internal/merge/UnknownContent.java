package org.tandem.sync.internal.merge;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * Carries what the versions hold but the model does not know (the attributes of an element whose
 * plug-in is not installed, kept in a resource's extension map) over to the merged elements of the
 * same id: ours where it has some, else theirs, else the base's. Tandem cannot edit such content,
 * so there is nothing to merge in it.
 */
public final class UnknownContent {

	private UnknownContent() {
	}

	public static void carry(Resource base, Resource ours, Resource theirs, Resource into) {
		if (!(into instanceof XMLResource target)) {
			return;
		}
		for (Resource source : new Resource[] { base, theirs, ours }) {
			if (source instanceof XMLResource side) {
				for (Map.Entry<EObject, AnyType> entry : side.getEObjectToExtensionMap().entrySet()) {
					String id = EcoreUtil.getID(entry.getKey());
					EObject merged = id == null ? null : target.getEObject(id);
					if (merged != null) {
						target.getEObjectToExtensionMap().put(merged, EcoreUtil.copy(entry.getValue()));
					}
				}
			}
		}
	}
}
