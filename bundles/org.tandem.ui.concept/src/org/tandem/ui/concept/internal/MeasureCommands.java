package org.tandem.ui.concept.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.tandem.model.api.Concept;
import org.tandem.model.api.Measure;
import org.tandem.model.api.TandemFactory;

/** Adding and removing a concept's proposed measures, as undoable commands. */
final class MeasureCommands {

	private MeasureCommands() {
	}

	/** Adds {@code measure} (a new one, with empty texts) at the end of the concept's measures. */
	static Command add(Concept concept, Measure measure) {
		return new ChangeCommand(concept) {
			@Override
			protected void doExecute() {
				if (measure.getName() == null) {
					measure.setName(TandemFactory.eINSTANCE.createLocalizedText());
				}
				if (measure.getDescription() == null) {
					measure.setDescription(TandemFactory.eINSTANCE.createLocalizedText());
				}
				concept.getMeasures().add(measure);
			}
		};
	}

	/** Removes {@code measure} from its concept. */
	static Command remove(Concept concept, Measure measure) {
		return new ChangeCommand(concept) {
			@Override
			protected boolean prepare() {
				return concept.getMeasures().contains(measure);
			}

			@Override
			protected void doExecute() {
				concept.getMeasures().remove(measure);
			}
		};
	}
}
