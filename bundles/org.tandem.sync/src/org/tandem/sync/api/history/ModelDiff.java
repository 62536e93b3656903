package org.tandem.sync.api.history;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.sync.internal.merge.VersionDiff;

/**
 * The changes between two versions of a model file, on element ids: elements added, deleted or
 * moved, and each attribute, reference and language of a text that got another value; each one
 * can say itself in words ({@link ModelChange#sentence(String)}).
 *
 * @since 0.1
 */
public final class ModelDiff {

	/** The changes from {@code before} to {@code after}; either may be an empty resource (a file added or deleted). */
	public List<ModelChange> compare(Resource before, Resource after) {
		ComposedAdapterFactory adapters = ItemProviders.create();
		try {
			return new VersionDiff(adapters).compare(before, after);
		} finally {
			adapters.dispose();
		}
	}
}
