package org.tandem.ui.dashboard.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Partnership;
import org.tandem.report.internal.dashboard.PartnershipDashboard;
import org.tandem.ui.api.editing.EditorInput;

import jakarta.inject.Named;

/**
 * Window > Partnership Dashboard: shows the dashboard of the partnership that the selected element
 * belongs to (else the workspace's first), opening the dashboard part in the editor area the first
 * time and bringing it to the front after.
 */
public class OpenDashboardHandler {

	@CanExecute
	public boolean canExecute(@Optional ModelWorkspace workspace) {
		return workspace != null && !PartnershipDashboard.partnerships(workspace.roots()).isEmpty();
	}

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application, ModelWorkspace workspace,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Partnership partnership = SelectedPartnership.of(selection)
				.orElseGet(() -> PartnershipDashboard.partnerships(workspace.roots()).get(0));
		MPart part = models.findElements(application, DashboardPart.ID, MPart.class, List.of()).stream().findFirst().orElse(null);
		if (part == null) {
			part = parts.createPart(DashboardPart.ID);
			if (models.find(EditorInput.EDITOR_STACK, application) instanceof MPartStack stack) {
				stack.getChildren().add(part);
			}
		}
		EditorInput.set(part, partnership);
		if (part.getObject() instanceof DashboardPart dashboard) {
			dashboard.show(partnership);
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
