package org.tandem.sync.api.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.Identified;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;
import org.tandem.sync.internal.demo.RandomEdits;

/**
 * The merge's property test: 200 seeded random edit sequences on two copies of a plan, drawn from a
 * small pool of elements so that the sides often edit the same element (same or other feature,
 * edit versus delete, two moves), merged in both orders. Every edit whose element (or target) no
 * conflict names is in the result; the conflicts, as element and feature, are the same in both
 * orders; both results load again and pass EMF's structural validation.
 */
class MergePropertyTest {

	private static final TandemPackage P = TandemPackage.eINSTANCE;

	/** One edit of one side, and the elements it concerns. */
	private record Edit(String side, String what, String id, Set<String> concerns, Function<Function<String, EObject>, Boolean> check) {
		boolean heldIn(Function<String, EObject> merged) {
			return check.apply(merged);
		}

		@Override
		public String toString() {
			return side + " " + what + " " + id;
		}
	}

	@TempDir
	Path folder;

	@Test
	void randomOverlappingEditsMergeAlikeInBothOrders() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("workspace"));
		DemoWorkspace.create(workspace);
		Path plan = workspace.resolve("plans/wasser-2024-2028.tandem");
		int conflicting = 0;
		for (long seed = 1; seed <= 200; seed++) {
			Versions v = Versions.of(plan);
			Random random = new Random(seed);
			List<String> pool = pool(v.base, random);
			List<String> packages = ids(v.base, WorkPackage.class);
			List<Edit> edits = new ArrayList<>();
			edits.addAll(edits("ours", v.ours, pool, packages, random));
			edits.addAll(edits("theirs", v.theirs, pool, packages, random));
			Versions.Merged merged = v.merge();
			Versions.Merged swapped = v.mergeSwapped();
			Set<String> conflicts = keys(merged.conflicts());
			assertEquals(conflicts, keys(swapped.conflicts()), "seed " + seed + ": the conflicts differ by order");
			if (!conflicts.isEmpty()) {
				conflicting++;
			}
			Set<String> conflicted = new HashSet<>();
			merged.conflicts().forEach(c -> conflicted.add(c.elementId()));
			for (Versions.Merged result : List.of(merged, swapped)) {
				for (Edit edit : edits) {
					if (Collections.disjoint(edit.concerns(), conflicted)) {
						assertTrue(edit.heldIn(result.reloaded()::getEObject), "seed " + seed + ": " + edit + " is lost; conflicts " + conflicts);
					}
				}
				assertValid(result.reloaded(), seed);
			}
		}
		assertTrue(conflicting > 20, "too few seeds gave conflicts to test them: " + conflicting);
	}

	/** The conflicts as element and feature (with language), which do not depend on the order. */
	private static Set<String> keys(List<Conflict> conflicts) {
		Set<String> keys = new TreeSet<>();
		for (Conflict conflict : conflicts) {
			keys.add(conflict.elementId() + "." + conflict.featureName() + "." + conflict.language());
		}
		return keys;
	}

	private static void assertValid(Resource resource, long seed) {
		Diagnostician diagnostician = new Diagnostician();
		BasicDiagnostic all = new BasicDiagnostic();
		for (EObject root : resource.getContents()) {
			diagnostician.validate(root, all, diagnostician.createDefaultContext());
		}
		assertTrue(all.getSeverity() < Diagnostic.ERROR, "seed " + seed + ": " + all.getChildren());
	}

	/** A dozen elements that the edits of both sides are drawn from, so that they often meet. */
	private static List<String> pool(Resource base, Random random) {
		List<String> all = new ArrayList<>();
		all.addAll(ids(base, Task.class));
		all.addAll(ids(base, Milestone.class));
		all.addAll(ids(base, Dependency.class));
		all.addAll(ids(base, WorkPackage.class));
		Collections.shuffle(all, random);
		return all.subList(0, Math.min(12, all.size()));
	}

	private static List<String> ids(Resource resource, Class<? extends Identified> type) {
		List<String> ids = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified element && type.isInstance(element)) {
				ids.add(element.getId());
			}
		}
		return ids;
	}

	/** Up to six edits on one side, each on another element of the pool that is still there. */
	private static List<Edit> edits(String side, Resource resource, List<String> pool, List<String> packages, Random random) {
		List<String> picked = new ArrayList<>(pool);
		Collections.shuffle(picked, random);
		List<Edit> edits = new ArrayList<>();
		for (String id : picked.subList(0, 6)) {
			EObject element = resource.getEObject(id);
			if (element == null || element.eResource() != resource) {
				continue;
			}
			edits.add(edit(side, (Identified) element, packages, random));
		}
		return edits;
	}

	private static Edit edit(String side, Identified element, List<String> packages, Random random) {
		String id = element.getId();
		if (element instanceof Task task) {
			switch (random.nextInt(5)) {
			case 0:
				return set(side, task, P.getTask_Effort(), Double.valueOf(1 + random.nextInt(3)));
			case 1:
				return set(side, task, P.getTask_Progress(), Integer.valueOf(random.nextInt(3) * 50));
			case 2:
				String text = "Task " + random.nextInt(3);
				String language = random.nextBoolean() ? "en" : "zh";
				task.getName().setText(language, text);
				return new Edit(side, "name." + language + "=" + text, id, Set.of(id),
						m -> m.apply(id) instanceof PlanItem item && item.getName() != null && text.equals(item.getName().getText(language)));
			case 3:
				String target = packages.get(random.nextInt(packages.size()));
				EObject into = task.eResource().getEObject(target);
				if (into == null || into.eResource() != task.eResource() || EcoreUtil.isAncestor(task, into) || into == task.eContainer()) {
					return set(side, task, P.getTask_Effort(), Double.valueOf(7));
				}
				((WorkPackage) into).getChildren().add(task);
				return new Edit(side, "move to " + target, id, Set.of(id, target),
						m -> m.apply(id) != null && m.apply(id).eContainer() instanceof Identified c && c.getId().equals(target));
			default:
				Set<String> gone = new HashSet<>();
				gone.add(id);
				task.eAllContents().forEachRemaining(e -> {
					if (e instanceof Identified inner) {
						gone.add(inner.getId());
					}
				});
				RandomEdits.delete(task);
				return new Edit(side, "delete", id, gone, m -> m.apply(id) == null);
			}
		}
		if (element instanceof Milestone milestone) {
			return set(side, milestone, P.getMilestone_Planned(), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3)));
		}
		if (element instanceof Dependency dependency) {
			return set(side, dependency, P.getDependency_LagDays(), Integer.valueOf(random.nextInt(3)));
		}
		WorkPackage workPackage = (WorkPackage) element;
		Task added = TandemFactory.eINSTANCE.createTask();
		added.setName(TandemFactory.eINSTANCE.createLocalizedText());
		added.getName().setText("de", "Neu " + side);
		workPackage.getChildren().add(random.nextInt(workPackage.getChildren().size() + 1), added);
		String addedId = added.getId();
		return new Edit(side, "add task", id, Set.of(id, addedId),
				m -> m.apply(addedId) != null && m.apply(addedId).eContainer() instanceof Identified c && c.getId().equals(id));
	}

	/** Sets an attribute; setting the value it has already is no edit, and nothing is expected of it. */
	private static Edit set(String side, Identified element, EAttribute attribute, Object value) {
		String id = element.getId();
		if (Objects.equals(element.eGet(attribute), value)) {
			return new Edit(side, "no change", id, Set.of(id), m -> true);
		}
		element.eSet(attribute, value);
		return new Edit(side, attribute.getName() + "=" + value, id, Set.of(id), m -> m.apply(id) != null && Objects.equals(m.apply(id).eGet(attribute), value));
	}
}
