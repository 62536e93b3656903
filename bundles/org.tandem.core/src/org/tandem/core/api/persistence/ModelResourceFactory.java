package org.tandem.core.api.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Makes the resources of Tandem's model files ({@link ModelResource}).
 *
 * @since 0.1
 */
public final class ModelResourceFactory extends ResourceFactoryImpl {

	/** The extension of Tandem's model files. */
	public static final String EXTENSION = "tandem"; //$NON-NLS-1$

	@Override
	public XMLResource createResource(URI uri) {
		return new ModelResource(uri);
	}
}
