package org.tandem.ui.concept.internal;

import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Concept;
import org.tandem.model.api.Partnership;

/** The concepts of the demo workspace that the tests edit. */
final class DemoConcepts {

	private DemoConcepts() {
	}

	/** The waste heat concept of the Rhine-Neckar – Urumqi partnership: German original, in review. */
	static Concept wasteHeat(ModelWorkspace workspace) {
		return workspace.roots().stream().filter(Partnership.class::isInstance).map(Partnership.class::cast)
				.flatMap(p -> p.getTaskGroups().stream()).flatMap(g -> g.getConcepts().stream())
				.filter(c -> c.getTitle().getText("de").startsWith("Abwärme")).findFirst().orElseThrow();
	}

	/** The same concept read again, found by its id. */
	static Concept byId(ModelWorkspace workspace, String id) {
		return workspace.roots().stream().filter(Partnership.class::isInstance).map(Partnership.class::cast)
				.flatMap(p -> p.getTaskGroups().stream()).flatMap(g -> g.getConcepts().stream())
				.filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
	}
}
