package org.tandem.core.persistence;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Makes the resources of Tandem's model files: XMI with an intrinsic id map, so that finding an
 * element by id while loading stays constant-time and loading stays linear in the model's size.
 */
public final class ModelResourceFactory extends ResourceFactoryImpl {

	/** The extension of Tandem's model files. */
	public static final String EXTENSION = "tandem"; //$NON-NLS-1$

	@Override
	public XMLResource createResource(URI uri) {
		XMIResourceImpl resource = new XMIResourceImpl(uri);
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		return resource;
	}
}
