package org.tandem.core.internal.schedule;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tandem.core.internal.validation.DependencyCycles;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;

/** Links two items of a plan by a new dependency, and refuses a link that would close a circle. */
public final class DependencyLink {

	/**
	 * The command that adds the dependency; the caller executes it.
	 *
	 * @throws DependencyCycleException when {@code successor} already leads, through its successors, to {@code predecessor}
	 */
	public Command link(EditingDomain domain, ImplementationPlan plan, PlanItem predecessor, PlanItem successor, DependencyType type, int lagDays) {
		Dependency dependency = TandemFactory.eINSTANCE.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setSuccessor(successor);
		dependency.setType(type);
		dependency.setLagDays(lagDays);
		List<Dependency> after = new ArrayList<>(plan.getDependencies());
		after.add(dependency);
		List<PlanItem> cycle = new DependencyCycles(after).find();
		if (!cycle.isEmpty()) {
			throw new DependencyCycleException(plan, cycle);
		}
		return new AddCommand(domain, plan, TandemPackage.Literals.IMPLEMENTATION_PLAN__DEPENDENCIES, dependency);
	}
}
