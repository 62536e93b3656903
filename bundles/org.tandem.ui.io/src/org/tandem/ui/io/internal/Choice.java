package org.tandem.ui.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;

/**
 * An element offered in a dialog's list: a partnership with its task groups, or a plan, with a
 * label in the reader's language ("Task group: Water").
 */
record Choice(EObject element, String label) {

	/** The partnerships, their task groups and the plans of {@code workspace}, in that order. */
	static List<Choice> scopes(ModelWorkspace workspace) {
		List<Choice> choices = new ArrayList<>();
		for (EObject root : workspace.roots()) {
			if (root instanceof Partnership partnership) {
				choices.add(of(partnership));
				partnership.getTaskGroups().forEach(group -> choices.add(of(group)));
			}
		}
		choices.addAll(plans(workspace));
		return choices;
	}

	/** The plans of {@code workspace}. */
	static List<Choice> plans(ModelWorkspace workspace) {
		return workspace.roots().stream().filter(ImplementationPlan.class::isInstance).map(Choice::of).toList();
	}

	/**
	 * Where an import can go: the plans of {@code workspace}, then a new plan (a file of its own)
	 * for each task group.
	 */
	static List<Choice> importTargets(ModelWorkspace workspace) {
		List<Choice> choices = new ArrayList<>(plans(workspace));
		for (EObject root : workspace.roots()) {
			if (root instanceof Partnership partnership) {
				partnership.getTaskGroups().forEach(group -> choices.add(new Choice(group, NLS.bind(Messages.newPlanFor, name(group)))));
			}
		}
		return choices;
	}

	/** The choice that stands for {@code selected}: itself, else the nearest element containing it. */
	static int indexFor(List<Choice> choices, Object selected) {
		for (Object element = selected; element instanceof EObject object; element = object.eContainer()) {
			for (int i = 0; i < choices.size(); i++) {
				if (choices.get(i).element() == object) {
					return i;
				}
			}
		}
		return choices.isEmpty() ? -1 : 0;
	}

	static Choice of(EObject element) {
		return new Choice(element, NLS.bind(Messages.choiceLabel, kind(element), name(element)));
	}

	/** The kind of element, for messages. */
	static String kind(EObject element) {
		return switch (element) {
		case Partnership p -> Messages.kindPartnership;
		case TaskGroup g -> "  " + Messages.kindTaskGroup; //$NON-NLS-1$
		case WorkPackage w -> Messages.kindWorkPackage;
		default -> Messages.kindPlan;
		};
	}

	static String name(EObject element) {
		LocalizedText name = switch (element) {
		case Partnership p -> p.getName();
		case TaskGroup g -> g.getName();
		case ImplementationPlan p -> p.getName();
		case PlanItem i -> i.getName();
		default -> null;
		};
		String text = name == null ? null : name.getTextOrOriginal(Locale.getDefault().getLanguage());
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
