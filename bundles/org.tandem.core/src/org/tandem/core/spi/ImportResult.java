package org.tandem.core.spi;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What an {@link Importer} read: new elements, and one sentence for each thing in the file that it
 * could not map (a resource calendar, a custom field), so that the user learns what was left out.
 *
 * @since 0.1
 */
public record ImportResult(List<EObject> elements, List<String> notMapped) {

	public ImportResult {
		elements = List.copyOf(elements);
		notMapped = List.copyOf(notMapped);
	}
}
