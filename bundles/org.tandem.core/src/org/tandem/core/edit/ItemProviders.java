package org.tandem.core.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.tandem.model.provider.TandemItemProviderAdapterFactory;

/** The item providers that label, describe and edit Tandem's elements, for labels, viewers and commands. */
public final class ItemProviders {

	private ItemProviders() {
	}

	/**
	 * A new adapter factory with Tandem's item providers, and reflective ones for elements of other
	 * packages (a plug-in's, for example). Whoever makes it disposes of it.
	 */
	public static ComposedAdapterFactory create() {
		return new ComposedAdapterFactory(
				new AdapterFactory[] { new TandemItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
	}
}
