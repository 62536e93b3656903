package org.tandem.io.internal.table;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.tandem.io.internal.Labels;
import org.tandem.io.internal.People;
import org.tandem.io.internal.Scope;
import org.tandem.io.internal.Texts;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/** The tasks and milestones in a scope as rows, with texts in the labels' language. */
final class PlanRows {

	private final Labels labels;

	PlanRows(Labels labels) {
		this.labels = labels;
	}

	List<Row> of(EObject scope) {
		List<Row> rows = new ArrayList<>();
		for (PlanItem item : new Scope(scope).items()) {
			if (item instanceof Task task) {
				rows.add(row(item, "kind.task", task.getStart(), task.getFinish(), Integer.valueOf(task.getProgress()), "", null)); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (item instanceof Milestone milestone) {
				rows.add(row(item, "kind.milestone", milestone.getPlanned(), milestone.getPlanned(), null, //$NON-NLS-1$
						labels.get(Vocabulary.statusKey(milestone.getStatus())), milestone.getActual())); //$NON-NLS-1$
			}
		}
		return rows;
	}

	private Row row(PlanItem item, String kindKey, java.time.LocalDate start, java.time.LocalDate finish, Integer progress,
			String status, java.time.LocalDate actual) {
		String language = labels.language();
		String workPackage = item.eContainer() instanceof WorkPackage parent ? Texts.write(parent.getName(), language) : ""; //$NON-NLS-1$
		ImplementationPlan plan = planOf(item);
		return new Row(item.getId(), labels.get(kindKey), Texts.write(item.getName(), language), workPackage, start, finish,
				progress, status, actual, People.name(item.getResponsible()), plan == null ? "" : Texts.write(plan.getName(), language)); //$NON-NLS-1$
	}

	private static ImplementationPlan planOf(EObject element) {
		EObject container = element;
		while (container != null && !(container instanceof ImplementationPlan)) {
			container = container.eContainer();
		}
		return (ImplementationPlan) container;
	}
}
