package org.tandem.core.internal.schedule;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.BaselineDate;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;

/**
 * "Freeze plan as baseline", for example at an annual visit: one command that adds a named, dated
 * {@link Baseline} to a plan and to every task and milestone a {@link BaselineDate} with its dates
 * as they are now (a milestone's start and finish are its planned day).
 */
public final class BaselineFreeze {

	/** The command that freezes {@code plan} as baseline {@code name} agreed on {@code date}; the caller executes it. */
	public Command freeze(EditingDomain domain, ImplementationPlan plan, String name, LocalDate date) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a baseline needs a name"); //$NON-NLS-1$
		}
		Baseline baseline = TandemFactory.eINSTANCE.createBaseline();
		baseline.setName(name.strip());
		baseline.setDate(date);
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.freezeCommand, baseline.getName()),
				NLS.bind(Messages.freezeCommandDescription, baseline.getName(), date));
		command.append(new AddCommand(domain, plan, TandemPackage.Literals.IMPLEMENTATION_PLAN__BASELINES, baseline));
		for (TreeIterator<EObject> all = plan.eAllContents(); all.hasNext();) {
			switch (all.next()) {
			case Task task -> command.append(add(domain, task, baseline, task.getStart(), task.getFinish()));
			case Milestone milestone -> command.append(add(domain, milestone, baseline, milestone.getPlanned(), milestone.getPlanned()));
			default -> {
				// work packages span their items; nothing else has dates in a baseline
			}
			}
		}
		return command;
	}

	private static Command add(EditingDomain domain, EObject item, Baseline baseline, LocalDate start, LocalDate finish) {
		BaselineDate dates = TandemFactory.eINSTANCE.createBaselineDate();
		dates.setBaseline(baseline);
		dates.setStart(start);
		dates.setFinish(finish);
		return new AddCommand(domain, item, TandemPackage.Literals.PLAN_ITEM__BASELINE_DATES, dates);
	}
}
