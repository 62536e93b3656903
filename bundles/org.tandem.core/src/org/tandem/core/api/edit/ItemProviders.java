package org.tandem.core.api.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.edit.spi.TandemItemProviderAdapterFactory;

/**
 * The item providers that label, describe and edit Tandem's elements, for labels, viewers and commands.
 *
 * @since 0.1
 */
public final class ItemProviders {

	private ItemProviders() {
	}

	/**
	 * A new adapter factory with Tandem's item providers, also for a plug-in's subclasses of
	 * Tandem's classes (a plug-in's Measure is labelled and edited as a Measure), and reflective
	 * ones for elements of other packages. Whoever makes it disposes of it.
	 */
	public static ComposedAdapterFactory create() {
		return new ComposedAdapterFactory(new AdapterFactory[] { new TandemItemProviderAdapterFactory() {
			@Override
			public boolean isFactoryForType(Object type) {
				return super.isFactoryForType(type) || type instanceof EPackage ePackage && extendsTandem(ePackage);
			}
		}, new ReflectiveItemProviderAdapterFactory() });
	}

	/** Whether a class of {@code ePackage} extends one of Tandem's. */
	private static boolean extendsTandem(EPackage ePackage) {
		return ePackage.getEClassifiers().stream().anyMatch(c -> c instanceof EClass eClass
				&& eClass.getEAllSuperTypes().stream().anyMatch(s -> s.getEPackage() == TandemPackage.eINSTANCE));
	}
}
