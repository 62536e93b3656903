package org.tandem.cli.internal;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Identified;

/** Finds an element of a workspace by its id, as the command line names it. */
final class Elements {

	private Elements() {
	}

	static Optional<EObject> byId(ModelWorkspace workspace, String id) {
		for (EObject root : workspace.roots()) {
			if (root instanceof Identified identified && id.equals(identified.getId())) {
				return Optional.of(root);
			}
			for (var contents = root.eAllContents(); contents.hasNext();) {
				EObject element = contents.next();
				if (element instanceof Identified identified && id.equals(identified.getId())) {
					return Optional.of(element);
				}
			}
		}
		return Optional.empty();
	}
}
