package org.tandem.ui.milestones.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.tandem.ui.api.editing.EditorInput;

/** Window > Milestone Board: brings the board to the front, opening it in the editor area the first time. */
public class OpenBoardHandler {

	/** The command's id in the fragment. */
	public static final String COMMAND = "org.tandem.ui.milestones.command.openBoard"; //$NON-NLS-1$

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = models.findElements(application, MilestonesPart.ID, MPart.class, List.of()).stream().findFirst().orElse(null);
		if (part == null) {
			part = parts.createPart(MilestonesPart.ID);
			if (models.find(EditorInput.EDITOR_STACK, application) instanceof MPartStack stack) {
				stack.getChildren().add(part);
			}
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
