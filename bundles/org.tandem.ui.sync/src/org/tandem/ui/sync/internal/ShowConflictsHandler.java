package org.tandem.ui.sync.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Conflicts: shows the Sync part with the conflicts that wait for a person. */
public class ShowConflictsHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(SyncPart.ID, PartState.ACTIVATE);
	}
}
