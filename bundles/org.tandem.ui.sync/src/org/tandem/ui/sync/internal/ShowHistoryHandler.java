package org.tandem.ui.sync.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** History: shows the History part (who changed what and when; compare; restore). */
public class ShowHistoryHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(HistoryPart.ID, PartState.VISIBLE);
	}
}
