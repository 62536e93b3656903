package org.tandem.ui.internal.navigator;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.api.workspace.PlanFiles;
import org.tandem.core.internal.domains.Domain;
import org.tandem.core.internal.domains.NewPlan;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.TaskGroup;

/**
 * New &gt; Implementation Plan on a task group: the plan from the group's domain template (else an
 * empty one) in a new file {@code plans/NAME.tandem} of the workspace, saved at once. A file that
 * cannot be written is named in an error dialog, and no plan is made.
 */
final class NewPlanFile {

	private NewPlanFile() {
	}

	/** The new plan, in its saved file; nothing when the file could not be written. */
	static Optional<ImplementationPlan> create(Shell shell, ModelWorkspace workspace, TaskGroup group, Optional<Domain> domain, LocalDate today) {
		Locale locale = Locale.getDefault();
		ImplementationPlan plan = NewPlan.create(group, domain, locale, today);
		String fallback = group.getName() == null ? null : group.getName().getTextOrOriginal("en"); //$NON-NLS-1$
		try {
			PlanFiles.add(workspace, plan, fallback);
			return Optional.of(plan);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.navigator_newPlanFailedTitle,
					NLS.bind(Messages.navigator_newPlanFailed, workspace.folder().resolve(PlanFiles.FOLDER), e.getMessage()));
			return Optional.empty();
		}
	}
}
