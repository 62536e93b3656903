package org.tandem.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.spi.ImportResult;
import org.tandem.io.internal.Messages;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Task;

/**
 * The plans an import read, made ready for a workspace: each resource the file named is replaced
 * by the workspace's person of that name, and whatever could not be mapped (by the importer, by
 * the people, elements that are no plans) is listed.
 */
public final class PlanImport {

	private final List<ImplementationPlan> plans = new ArrayList<>();
	private final List<String> notMapped = new ArrayList<>();

	/** Readies {@code result} for the workspace whose files are loaded in {@code workspace}. */
	public PlanImport(ImportResult result, ResourceSet workspace) {
		notMapped.addAll(result.notMapped());
		for (EObject element : result.elements()) {
			if (element instanceof ImplementationPlan plan) {
				plans.add(plan);
			} else {
				notMapped.add(NLS.bind(Messages.notAPlan, element.eClass().getName()));
			}
		}
		notMapped.addAll(ResponsiblePeople.of(workspace).assign(plans));
	}

	public List<ImplementationPlan> plans() {
		return plans;
	}

	public List<String> notMapped() {
		return notMapped;
	}

	/** One line on what was read: so many tasks, milestones and links. */
	public String summary() {
		int tasks = 0;
		int milestones = 0;
		int links = 0;
		for (ImplementationPlan plan : plans) {
			links += plan.getDependencies().size();
			for (var contents = plan.eAllContents(); contents.hasNext();) {
				EObject element = contents.next();
				tasks += element instanceof Task ? 1 : 0;
				milestones += element instanceof Milestone ? 1 : 0;
			}
		}
		return NLS.bind(Messages.importSummary, new Object[] { plans.size(), tasks, milestones, links });
	}
}
