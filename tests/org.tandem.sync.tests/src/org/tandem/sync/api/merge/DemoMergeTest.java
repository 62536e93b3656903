package org.tandem.sync.api.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.Identified;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;
import org.tandem.sync.internal.demo.RandomEdits;

/** Merges of the demo workspace's files: clean and conflicting edits, and random edits of both sides. */
class DemoMergeTest {

	@TempDir
	Path folder;
	private Path workspace;

	@BeforeEach
	void demo() throws Exception {
		workspace = Files.createDirectories(folder.resolve("workspace"));
		DemoWorkspace.create(workspace);
	}

	@Test
	void editsOfBothSidesOnTheWaterPlanMergeAndKeepReferencesToThePartnership() throws Exception {
		Versions v = Versions.of(workspace.resolve("plans/wasser-2024-2028.tandem"));
		String m2 = id(v.ours, Milestone.class, m -> m.getName().getText("de").startsWith("M2"));
		String build = id(v.ours, Task.class, t -> t.getName().getText("de").startsWith("Bau"));
		String drip = id(v.ours, Task.class, t -> t.getName().getText("de").startsWith("Tropf"));
		String dependency = id(v.ours, Dependency.class, d -> true);
		v.<Milestone>ours(m2).setPlanned(LocalDate.of(2027, 9, 30));
		v.<Task>ours(build).getName().setText("zh", "建设、调试与验收");
		v.<Dependency>theirs(dependency).setLagDays(21);
		v.<Task>theirs(build).setProgress(40);
		EcoreUtil.delete(v.theirs(drip), true);
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		assertEquals(LocalDate.of(2027, 9, 30), merged.<Milestone>get(m2).getPlanned());
		assertEquals("建设、调试与验收", merged.<Task>get(build).getName().getText("zh"));
		assertEquals(40, merged.<Task>get(build).getProgress());
		assertEquals(21, merged.<Dependency>get(dependency).getLagDays());
		assertNull(merged.get(drip));
		EObject responsible = (EObject) merged.<Task>get(build).eGet(TandemPackage.Literals.PLAN_ITEM__RESPONSIBLE, false);
		assertTrue(responsible.eIsProxy());
		assertEquals(EcoreUtil.getURI((EObject) v.<Task>ours(build).eGet(TandemPackage.Literals.PLAN_ITEM__RESPONSIBLE, false)),
				EcoreUtil.getURI(responsible));
		assertTrue(Files.readString(workspace.resolve("plans/merged.tandem")).contains("responsible=\"../partnerships/rhein-neckar-urumqi.tandem#"));
	}

	@Test
	void conflictingEditsOnTheWaterPlanAreReportedAndOursIsKept() throws Exception {
		Versions v = Versions.of(workspace.resolve("plans/wasser-2024-2028.tandem"));
		String m2 = id(v.ours, Milestone.class, m -> m.getName().getText("de").startsWith("M2"));
		String tender = id(v.ours, Task.class, t -> t.getName().getText("de").startsWith("Ausschreibung"));
		v.<Milestone>ours(m2).setPlanned(LocalDate.of(2027, 9, 30));
		v.<Milestone>theirs(m2).setPlanned(LocalDate.of(2027, 12, 31));
		EcoreUtil.delete(v.ours(tender), true);
		v.<Task>theirs(tender).setProgress(100);
		Versions.Merged merged = v.merge();
		assertEquals(List.of(ConflictKind.CHANGED_BOTH, ConflictKind.DELETED_HERE_CHANGED_THERE),
				merged.conflicts().stream().map(Conflict::kind).sorted().toList());
		assertEquals(LocalDate.of(2027, 9, 30), merged.<Milestone>get(m2).getPlanned());
		assertEquals(100, merged.<Task>get(tender).getProgress());
		Conflict planned = merged.conflicts().stream().filter(c -> c.kind() == ConflictKind.CHANGED_BOTH).findFirst().orElseThrow();
		assertEquals("M2 Reclaimed water plant in operation, Planned: ours \"2027-09-30\", theirs \"2027-12-31\" (was \"2027-06-30\"); ours is kept",
				planned.message());
	}

	@Test
	void membersAddedAndPeopleRenamedInThePartnershipMerge() throws Exception {
		Versions v = Versions.of(workspace.resolve("partnerships/rhein-neckar-urumqi.tandem"));
		Partnership ours = (Partnership) v.ours.getContents().get(0);
		Partnership theirs = (Partnership) v.theirs.getContents().get(0);
		TaskGroup group = ours.getTaskGroups().get(0);
		Person outsider = ours.getPeople().stream().filter(p -> !group.getMembers().contains(p)).findFirst().orElseThrow();
		group.getMembers().add(0, outsider);
		Person renamed = theirs.getPeople().get(0);
		renamed.setLatinName("Renamed");
		renamed.getLanguages().add("fr");
		TaskGroup theirGroup = theirs.getTaskGroups().get(0);
		Person leaving = theirGroup.getMembers().get(theirGroup.getMembers().size() - 1);
		theirGroup.getMembers().remove(leaving);
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		List<String> members = PlanMergeTest.ids(merged.<TaskGroup>get(group.getId()).getMembers());
		assertEquals(outsider.getId(), members.get(0));
		assertTrue(!members.contains(leaving.getId()), members.toString());
		assertEquals("Renamed", merged.<Person>get(renamed.getId()).getLatinName());
		assertTrue(merged.<Person>get(renamed.getId()).getLanguages().contains("fr"));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void randomEditsOfBothSidesOnDifferentElementsAllGoInWithoutConflict(long seed) throws Exception {
		for (String plan : new String[] { "plans/wasser-2024-2028.tandem", "plans/energie-2024-2028.tandem" }) {
			Versions v = Versions.of(workspace.resolve(plan));
			List<RandomEdits.Edit> edits = new RandomEdits(seed).apply((ImplementationPlan) v.ours.getContents().get(0),
					(ImplementationPlan) v.theirs.getContents().get(0), 5);
			assertEquals(10, edits.size());
			for (Versions.Merged merged : List.of(v.merge(), v.mergeSwapped())) {
				assertEquals(List.of(), merged.conflicts(), "seed " + seed);
				for (RandomEdits.Edit edit : edits) {
					assertTrue(edit.heldIn(merged.reloaded()::getEObject), "seed " + seed + ": " + edit);
				}
			}
		}
	}

	@Test
	void aMergedPlanLoadsInTheWorkspace() throws Exception {
		Path file = workspace.resolve("plans/wasser-2024-2028.tandem");
		Versions v = Versions.of(file);
		String wp = id(v.ours, WorkPackage.class, w -> true);
		String build = id(v.ours, Task.class, t -> t.getName().getText("de").startsWith("Bau"));
		Plans.task(v.ours(wp), "ours-task");
		Plans.task(v.theirs(wp), "their-task").setResponsible(v.<Task>theirs(build).getResponsible());
		Versions.Merged merged = v.merge();
		assertEquals(List.of(), merged.conflicts());
		for (String side : new String[] { "base", "ours", "theirs" }) {
			Files.delete(file.resolveSibling(side + ".tandem"));
		}
		Files.move(file.resolveSibling("merged.tandem"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		var opened = org.tandem.core.api.workspace.ModelWorkspace.open(workspace, new org.tandem.core.api.persistence.ModelFiles());
		assertEquals(List.of(), opened.problems());
		Task task = (Task) opened.resources().getEObject(org.tandem.core.api.persistence.ModelFiles.uriOf(file).appendFragment("their-task"), true);
		assertNotNull(task);
		assertEquals("Zhang Qiang", task.getResponsible().getLatinName(), "the reference into the partnership's file resolves");
	}

	/** The id of the first element of {@code type} in {@code resource} that {@code test} accepts. */
	private static <T extends Identified> String id(Resource resource, Class<T> type, Predicate<T> test) {
		List<String> found = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (type.isInstance(next) && test.test(type.cast(next))) {
				found.add(((Identified) next).getId());
			}
		}
		assertTrue(!found.isEmpty(), "no " + type.getSimpleName());
		return found.get(0);
	}
}
