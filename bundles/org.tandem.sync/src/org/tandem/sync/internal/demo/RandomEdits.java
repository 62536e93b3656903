package org.tandem.sync.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.Identified;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * Random edits of two copies of one implementation plan ("ours" and "theirs") that never touch the
 * same element: changed efforts, progress, dates and lags, texts in a language, tasks moved to
 * another work package, deleted or added. A merge of the two must hold every edit without a
 * conflict; each {@link Edit} checks that it is held. For the merge's property test and benchmark.
 */
public final class RandomEdits {

	/** One edit, and how to see it in a merged model. */
	public interface Edit {
		/** Whether the merged model, given as its elements by id, holds this edit. */
		boolean heldIn(Function<String, EObject> merged);
	}

	private record SetAttribute(String id, EAttribute attribute, Object value) implements Edit {
		@Override
		public boolean heldIn(Function<String, EObject> merged) {
			EObject element = merged.apply(id);
			return element != null && Objects.equals(element.eGet(attribute), value);
		}
	}

	private record SetName(String id, String language, String text) implements Edit {
		@Override
		public boolean heldIn(Function<String, EObject> merged) {
			return merged.apply(id) instanceof PlanItem item && item.getName() != null && text.equals(item.getName().getText(language));
		}
	}

	private record Held(String id, String containerId) implements Edit {
		@Override
		public boolean heldIn(Function<String, EObject> merged) {
			EObject element = merged.apply(id);
			return element != null && element.eContainer() instanceof Identified container && container.getId().equals(containerId);
		}
	}

	private record Deleted(String id) implements Edit {
		@Override
		public boolean heldIn(Function<String, EObject> merged) {
			return merged.apply(id) == null;
		}
	}

	private static final TandemPackage P = TandemPackage.eINSTANCE;

	private final Random random;

	public RandomEdits(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Makes {@code count} edits on each of two copies of the same plan, each on elements that the
	 * other side leaves alone; returns what a merge of both must hold.
	 */
	public List<Edit> apply(ImplementationPlan ours, ImplementationPlan theirs, int count) {
		List<String> ids = new ArrayList<>();
		List<String> workPackages = new ArrayList<>();
		for (TreeIterator<EObject> all = ours.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified element) {
				ids.add(element.getId());
				if (element instanceof WorkPackage) {
					workPackages.add(element.getId());
				}
			}
		}
		Collections.shuffle(ids, random);
		List<Edit> edits = new ArrayList<>();
		int made = 0;
		for (String id : ids) {
			if (made == 2 * count) {
				break;
			}
			ImplementationPlan side = made % 2 == 0 ? ours : theirs;
			Edit edit = edit((Identified) side.eResource().getEObject(id), workPackages);
			if (edit != null) {
				edits.add(edit);
				made++;
			}
		}
		return edits;
	}

	/** One edit of {@code element}, or null for an element that it does not edit. */
	private Edit edit(Identified element, List<String> workPackages) {
		String id = element.getId();
		if (element instanceof Task task) {
			switch (random.nextInt(5)) {
			case 0:
				return set(task, P.getTask_Effort(), Double.valueOf(1 + random.nextInt(500)));
			case 1:
				return set(task, P.getTask_Progress(), Integer.valueOf(random.nextInt(101)));
			case 2:
				String text = "Task " + random.nextInt(1_000_000); //$NON-NLS-1$
				task.getName().setText("en", text); //$NON-NLS-1$
				return new SetName(id, "en", text); //$NON-NLS-1$
			case 3:
				String target = workPackages.get(random.nextInt(workPackages.size()));
				((WorkPackage) task.eResource().getEObject(target)).getChildren().add(task);
				return new Held(id, target);
			default:
				delete(task);
				return new Deleted(id);
			}
		}
		if (element instanceof Milestone milestone) {
			return set(milestone, P.getMilestone_Planned(), LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1500)));
		}
		if (element instanceof Dependency dependency) {
			return set(dependency, P.getDependency_LagDays(), Integer.valueOf(random.nextInt(30)));
		}
		if (element instanceof WorkPackage workPackage) {
			Task added = TandemFactory.eINSTANCE.createTask();
			added.setName(TandemFactory.eINSTANCE.createLocalizedText());
			added.getName().setText("de", "Neue Aufgabe " + random.nextInt(1_000_000)); //$NON-NLS-1$ //$NON-NLS-2$
			added.setEffort(1 + random.nextInt(50));
			workPackage.getChildren().add(random.nextInt(workPackage.getChildren().size() + 1), added);
			return new Held(added.getId(), id);
		}
		return null;
	}

	private static Edit set(Identified element, EAttribute attribute, Object value) {
		element.eSet(attribute, value);
		return new SetAttribute(element.getId(), attribute, value);
	}

	/** Deletes an element and every reference to it within its file, as a delete command does. */
	public static void delete(Identified element) {
		Set<EObject> gone = new HashSet<>();
		gone.add(element);
		element.eAllContents().forEachRemaining(gone::add);
		for (TreeIterator<EObject> all = EcoreUtil.getRootContainer(element).eAllContents(); all.hasNext();) {
			EObject other = all.next();
			for (EReference reference : other.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || !reference.isChangeable() || reference.isDerived()) {
					continue;
				}
				Object value = other.eGet(reference, false);
				if (reference.isMany()) {
					((List<?>) value).removeAll(gone);
				} else if (gone.contains(value)) {
					other.eUnset(reference);
				}
			}
		}
		EcoreUtil.remove(element);
	}
}
