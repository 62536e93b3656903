package org.tandem.core.api.persistence;

import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A Tandem model file in memory: XMI with an intrinsic id map, so that finding an element by id
 * stays constant-time and loading stays linear in the model's size. {@link XmiReader} fills the
 * map while it reads, so the roots it adds need no second walk over all their elements.
 */
final class ModelResource extends XMIResourceImpl {

	/** Set while roots are added whose elements' ids are all in the intrinsic id map. */
	private boolean attaching;

	ModelResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/** Adds the roots that a reader made, having put the id of each of their elements into the intrinsic id map. */
	void addRead(List<EObject> roots) {
		// with modification tracking or extrinsic ids, attaching does more than fill the id map
		attaching = !isTrackingModification() && getEObjectToIDMap().isEmpty();
		try {
			getContents().addAll(roots);
		} finally {
			attaching = false;
		}
	}

	@Override
	public void attached(EObject eObject) {
		if (!attaching) {
			super.attached(eObject);
		}
	}
}
