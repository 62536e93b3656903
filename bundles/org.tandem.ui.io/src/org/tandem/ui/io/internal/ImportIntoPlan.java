package org.tandem.ui.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemPackage;

/** The one command that adds the items and links of imported plans to a plan of the workspace. */
final class ImportIntoPlan {

	private ImportIntoPlan() {
	}

	static Command create(EditingDomain domain, ImplementationPlan target, List<ImplementationPlan> imported) {
		List<PlanItem> items = new ArrayList<>();
		List<Dependency> links = new ArrayList<>();
		imported.forEach(plan -> {
			items.addAll(plan.getItems());
			links.addAll(plan.getDependencies());
		});
		CompoundCommand command = new CompoundCommand(Messages.importTitle);
		command.append(AddCommand.create(domain, target, TandemPackage.Literals.IMPLEMENTATION_PLAN__ITEMS, items));
		if (!links.isEmpty()) {
			command.append(AddCommand.create(domain, target, TandemPackage.Literals.IMPLEMENTATION_PLAN__DEPENDENCIES, links));
		}
		return command;
	}
}
