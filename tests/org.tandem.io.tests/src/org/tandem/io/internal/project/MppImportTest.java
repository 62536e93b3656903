package org.tandem.io.internal.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.mpp.MPPReader;
import org.osgi.framework.FrameworkUtil;
import org.tandem.core.spi.ImportException;
import org.tandem.core.spi.ImportResult;
import org.tandem.io.internal.Messages;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.WorkPackage;

/**
 * A real MS Project 2000-2003 file (data/mpp9baseline.mpp, from MPXJ's test data) against what
 * MPXJ's own reader says about it; a truncated copy is refused by name.
 */
class MppImportTest {

	@TempDir
	Path folder;

	@Test
	void tasksMilestonesDatesAndLinksAreThoseOfTheFile() throws Exception {
		Path file = sample("sample.mpp");
		ProjectFile expected = new MPPReader().read(file.toFile());

		ImportResult result = new MppImporter().read(file);

		ImplementationPlan plan = (ImplementationPlan) result.elements().get(0);
		assertEquals("MPP12BaselineTest-9", plan.getName().getTextOrOriginal("en"));
		Map<String, PlanItem> items = new HashMap<>();
		plan.eAllContents().forEachRemaining(element -> {
			if (element instanceof PlanItem item) {
				items.put(item.getName().getTextOrOriginal("en"), item);
			}
		});
		List<Task> tasks = expected.getTasks().stream().filter(task -> task.getID().intValue() != 0).toList();
		assertEquals(14, tasks.size());
		assertEquals(tasks.size(), items.size());
		for (Task task : tasks) {
			PlanItem item = items.get(task.getName());
			if (task.getSummary()) {
				WorkPackage workPackage = assertInstanceOf(WorkPackage.class, item, task.getName());
				assertEquals(task.getChildTasks().size(), workPackage.getChildren().size(), task.getName());
			} else if (task.getMilestone()) {
				assertEquals(task.getFinish().toLocalDate(), assertInstanceOf(Milestone.class, item, task.getName()).getPlanned());
			} else {
				org.tandem.model.api.Task imported = assertInstanceOf(org.tandem.model.api.Task.class, item, task.getName());
				assertEquals(task.getStart().toLocalDate(), imported.getStart(), task.getName());
				assertEquals(task.getFinish().toLocalDate(), imported.getFinish(), task.getName());
				assertEquals(task.getPercentageComplete().intValue(), imported.getProgress(), task.getName());
			}
		}
		List<Relation> relations = tasks.stream().flatMap(task -> task.getPredecessors().stream()).toList();
		assertEquals(6, relations.size());
		assertEquals(relations.size(), plan.getDependencies().size());
		for (Relation relation : relations) {
			PlanItem predecessor = items.get(relation.getPredecessorTask().getName());
			PlanItem successor = items.get(relation.getSuccessorTask().getName());
			Dependency link = plan.getDependencies().stream()
					.filter(d -> d.getPredecessor() == predecessor && d.getSuccessor() == successor).findFirst().orElseThrow();
			assertEquals(LinkTypes.toTandem(relation.getType()), link.getType());
			assertEquals(0, link.getLagDays());
		}

		Milestone complete = (Milestone) items.get("Complete");
		assertEquals(LocalDate.of(2006, 9, 14), complete.getPlanned());
		assertEquals(items.get("Base Task"), complete.eContainer());
		EObject nested = items.get("Subtask B1a").eContainer();
		assertEquals(items.get("Subtask B1"), nested);
		assertEquals(items.get("Complex Outline Number"), nested.eContainer().eContainer());
		assertEquals(LocalDate.of(2006, 8, 30), ((org.tandem.model.api.Task) items.get("Subtask 2")).getStart());
		assertEquals(100, ((org.tandem.model.api.Task) items.get("Subtask 2")).getProgress());
		assertTrue(result.notMapped().contains(Messages.baselinesNotImported), result.notMapped().toString());
	}

	@Test
	void aTruncatedFileIsRefusedByNameAndLeftAsItWas() throws Exception {
		byte[] whole = Files.readAllBytes(sample("whole.mpp"));
		Path truncated = Files.write(folder.resolve("truncated.mpp"), Arrays.copyOf(whole, 20_000));

		ImportException failure = assertThrows(ImportException.class, () -> new MppImporter().read(truncated));

		assertEquals(truncated, failure.file());
		assertTrue(failure.getMessage().contains(truncated.toString()), failure.getMessage());
		assertTrue(failure.getMessage().contains("MS Project (MPP)"), failure.getMessage());
		assertArrayEquals(Arrays.copyOf(whole, 20_000), Files.readAllBytes(truncated));
		try (var files = Files.list(folder)) {
			assertEquals(List.of("truncated.mpp", "whole.mpp"), files.map(f -> f.getFileName().toString()).sorted().toList());
		}
	}

	private Path sample(String name) throws Exception {
		Path file = folder.resolve(name);
		try (InputStream in = FrameworkUtil.getBundle(getClass()).findEntries("data", "mpp9baseline.mpp", false).nextElement().openStream()) {
			Files.copy(in, file);
		}
		return file;
	}
}
