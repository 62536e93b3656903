package org.tandem.io.internal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;
import org.tandem.core.spi.ImportResult;
import org.tandem.io.internal.SamplePlan;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.WorkPackage;

/** A plan written as MS Project XML reads back the same in MPXJ (an independent reader) and in Tandem. */
class MspdiRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void mpxjReadsTheSameTasksDatesAndLinks() throws Exception {
		SamplePlan sample = new SamplePlan();
		ProjectFile project = new UniversalProjectReader().read(new ByteArrayInputStream(export(sample.plan, Locale.GERMAN)));

		assertEquals("Wasserplan Pilot", project.getProjectProperties().getProjectTitle());
		Map<String, Task> tasks = project.getTasks().stream().filter(task -> task.getName() != null)
				.collect(Collectors.toMap(Task::getName, Function.identity()));
		assertEquals(6, tasks.size(), tasks.keySet().toString());
		Task survey = tasks.get("AP 1 Bestandsaufnahme");
		assertTrue(survey.getSummary());
		assertEquals(List.of("Messstellen erfassen", "Daten auswerten", "Bericht liegt vor"),
				survey.getChildTasks().stream().map(Task::getName).toList());
		Task gauges = tasks.get("Messstellen erfassen");
		assertEquals(LocalDateTime.of(2026, 3, 7, 8, 0), gauges.getStart(), "a Saturday stays a Saturday: every day is a working day");
		assertEquals(LocalDateTime.of(2026, 3, 15, 17, 0), gauges.getFinish());
		assertEquals(9, gauges.getDuration().getDuration(), 0.001);
		assertEquals(60, gauges.getPercentageComplete().intValue());
		assertEquals("Alle Messstellen im Einzugsgebiet", gauges.getNotes());
		assertEquals("Li Wei", gauges.getResourceAssignments().get(0).getResource().getName());
		assertEquals(sample.gauges.getId(), gauges.getGUID().toString());
		assertEquals(LocalDate.of(2026, 3, 7), survey.getStart().toLocalDate());
		assertEquals(LocalDate.of(2026, 4, 2), survey.getFinish().toLocalDate());

		Task report = tasks.get("Bericht liegt vor");
		assertTrue(report.getMilestone());
		assertEquals(LocalDate.of(2026, 4, 2), report.getFinish().toLocalDate());
		assertEquals(100, report.getPercentageComplete().intValue());
		assertEquals(LocalDate.of(2026, 4, 3), report.getActualFinish().toLocalDate());
		assertFalse(tasks.get("Anlage in Betrieb").getActive(), "a cancelled milestone is inactive");

		assertLink(tasks.get("Daten auswerten"), gauges, RelationType.FINISH_START, 2);
		assertLink(report, tasks.get("Daten auswerten"), RelationType.FINISH_FINISH, 2);
		assertLink(tasks.get("Workshop in Urumqi"), gauges, RelationType.START_START, 30);
		assertLink(tasks.get("Anlage in Betrieb"), tasks.get("Workshop in Urumqi"), RelationType.START_FINISH, -3);
	}

	@Test
	void namesAreWrittenInTheChosenLanguage() throws Exception {
		ProjectFile project = new UniversalProjectReader().read(new ByteArrayInputStream(export(new SamplePlan().plan, Locale.CHINESE)));
		assertEquals("水资源试点计划", project.getProjectProperties().getProjectTitle());
		assertTrue(project.getTasks().stream().anyMatch(task -> "记录监测点".equals(task.getName())));
	}

	@Test
	void tandemReadsItsOwnExportBack() throws Exception {
		SamplePlan sample = new SamplePlan();
		Path file = folder.resolve("plan.xml");
		Files.write(file, export(sample.plan, Locale.GERMAN));

		ImportResult result = new MspdiImporter().read(file);

		assertEquals(1, result.elements().size());
		ImplementationPlan plan = (ImplementationPlan) result.elements().get(0);
		assertEquals("Wasserplan Pilot", plan.getName().getText("de"));
		WorkPackage survey = (WorkPackage) plan.getItems().get(0);
		org.tandem.model.api.Task gauges = (org.tandem.model.api.Task) survey.getChildren().get(0);
		assertEquals(LocalDate.of(2026, 3, 7), gauges.getStart());
		assertEquals(LocalDate.of(2026, 3, 15), gauges.getFinish());
		assertEquals(60, gauges.getProgress());
		assertEquals(12.5, gauges.getEffort(), 0.001);
		assertEquals("Li Wei", gauges.getResponsible().getLatinName());
		assertEquals("Alle Messstellen im Einzugsgebiet", gauges.getDescription().getText("de"));
		Milestone report = (Milestone) survey.getChildren().get(2);
		assertEquals(LocalDate.of(2026, 4, 2), report.getPlanned());
		assertEquals(MilestoneStatus.DONE, report.getStatus());
		assertEquals(LocalDate.of(2026, 4, 3), report.getActual());
		assertEquals(MilestoneStatus.CANCELLED, ((Milestone) plan.getItems().get(2)).getStatus());
		assertEquals(LocalDate.of(2026, 3, 7), plan.getStart());
		assertEquals(LocalDate.of(2026, 6, 30), plan.getFinish());

		assertEquals(4, plan.getDependencies().size());
		for (Dependency original : sample.plan.getDependencies()) {
			Dependency imported = plan.getDependencies().stream()
					.filter(d -> name(d.getPredecessor()).equals(name(original.getPredecessor())) && name(d.getSuccessor()).equals(name(original.getSuccessor())))
					.findFirst().orElseThrow(() -> new AssertionError("no link " + name(original.getPredecessor()) + " -> " + name(original.getSuccessor())));
			assertEquals(original.getType(), imported.getType());
			assertEquals(original.getLagDays(), imported.getLagDays());
		}
		assertEquals(List.of(), result.notMapped());
	}

	@Test
	void aFileThatIsNotProjectXmlIsRefusedWithItsLine() throws Exception {
		Path file = folder.resolve("broken.xml");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks><Task>\n</Project>\n");
		var failure = org.junit.jupiter.api.Assertions.assertThrows(org.tandem.core.spi.ImportException.class, () -> new MspdiImporter().read(file));
		assertEquals(file, failure.file());
		assertEquals(4, failure.line(), failure.getMessage());
		assertTrue(failure.getMessage().startsWith(file + ", line 4: not a MS Project XML (MSPDI) file"), failure.getMessage());
	}

	private static String name(PlanItem item) {
		return item.getName().getText("de");
	}

	private static void assertLink(Task successor, Task predecessor, RelationType type, int lagDays) {
		Relation relation = successor.getPredecessors().stream().filter(r -> r.getPredecessorTask() == predecessor).findFirst()
				.orElseThrow(() -> new AssertionError("no link " + predecessor.getName() + " -> " + successor.getName()));
		assertEquals(type, relation.getType());
		assertEquals(lagDays, relation.getLag().getDuration(), 0.001);
		assertEquals(TimeUnit.ELAPSED_DAYS, relation.getLag().getUnits());
	}

	static byte[] export(ImplementationPlan plan, Locale locale) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new MspdiExporter().export(plan, out, locale);
		return out.toByteArray();
	}

}
