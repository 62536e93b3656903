package org.tandem.ui.internal.problems;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.tandem.core.api.workspace.ModelWorkspace;

/** Validate All: shows the problems part and validates the whole workspace again, as a job. */
public class ValidateAllHandler {

	@CanExecute
	boolean canExecute(@Optional ModelWorkspace workspace) {
		return workspace != null;
	}

	@Execute
	void execute(EPartService parts) {
		MPart part = parts.showPart(ProblemsPart.ID, PartState.VISIBLE);
		if (part != null && part.getObject() instanceof ProblemsPart problems) {
			problems.validateAll();
		}
	}
}
