package org.tandem.core.internal.schedule;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.internal.validation.MessageLabels;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;

/** Scheduling refused: the dependencies of a plan go round in a circle; the message names its items in the reader's language. */
public final class DependencyCycleException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final transient List<PlanItem> cycle;

	DependencyCycleException(ImplementationPlan plan, List<PlanItem> cycle) {
		super(message(plan, cycle));
		this.cycle = List.copyOf(cycle);
	}

	/** The items of the cycle, in order: each waits for the one before it, the first for the last. */
	public List<PlanItem> cycle() {
		return cycle;
	}

	private static String message(ImplementationPlan plan, List<PlanItem> cycle) {
		ComposedAdapterFactory adapters = ItemProviders.create();
		try {
			return new MessageLabels(adapters).dependencyCycle(plan, cycle);
		} finally {
			adapters.dispose();
		}
	}
}
