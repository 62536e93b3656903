package org.tandem.io.internal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.tandem.core.spi.ImportResult;
import org.tandem.io.internal.ResponsiblePeople;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.WorkPackage;

/** Files written by other tools: MS Project XML that MPXJ wrote, and a GanttProject file. */
class ProjectFilesImportTest {

	@TempDir
	Path folder;

	@Test
	void aFileWrittenByMpxjIsImportedAndWhatDoesNotFitIsReported() throws Exception {
		ProjectFile project = new ProjectFile();
		ProjectCalendar calendar = project.addDefaultBaseCalendar();
		project.setDefaultCalendar(calendar);
		project.getProjectProperties().setProjectTitle("Energy audit");
		Task audit = project.addTask();
		audit.setName("Audit steel mill");
		audit.setStart(LocalDateTime.of(2026, 5, 4, 8, 0));
		audit.setFinish(LocalDateTime.of(2026, 5, 8, 17, 0));
		audit.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
		audit.setPercentageComplete(Integer.valueOf(25));
		Task done = project.addTask();
		done.setName("Audit report");
		done.setMilestone(true);
		done.setStart(LocalDateTime.of(2026, 5, 15, 17, 0));
		done.setFinish(LocalDateTime.of(2026, 5, 15, 17, 0));
		done.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
		done.addPredecessor(new Relation.Builder().predecessorTask(audit).type(RelationType.FINISH_START).lag(Duration.getInstance(16, TimeUnit.HOURS)));
		Resource wang = project.addResource();
		wang.setName("Wang Fang");
		Resource meyer = project.addResource();
		meyer.setName("Jonas Meyer");
		Resource idle = project.addResource();
		idle.setName("Nobody Assigned");
		audit.addResourceAssignment(wang);
		audit.addResourceAssignment(meyer);
		Path file = folder.resolve("energy.xml");
		new MSPDIWriter().write(project, file.toFile());

		ImportResult result = new MspdiImporter().read(file);

		ImplementationPlan plan = (ImplementationPlan) result.elements().get(0);
		assertEquals("Energy audit", plan.getName().getText("en"));
		org.tandem.model.api.Task task = assertInstanceOf(org.tandem.model.api.Task.class, plan.getItems().get(0));
		assertEquals(LocalDate.of(2026, 5, 4), task.getStart());
		assertEquals(LocalDate.of(2026, 5, 8), task.getFinish());
		assertEquals(25, task.getProgress());
		Milestone milestone = assertInstanceOf(Milestone.class, plan.getItems().get(1));
		assertEquals(LocalDate.of(2026, 5, 15), milestone.getPlanned());
		Dependency link = plan.getDependencies().get(0);
		assertEquals(DependencyType.FINISH_TO_START, link.getType());
		assertEquals(2, link.getLagDays(), "16 working hours are 2 days");
		assertEquals("Wang Fang", task.getResponsible().getLatinName());
		assertTrue(result.notMapped().contains("\"Audit steel mill\" has several resources (Wang Fang, Jonas Meyer); Tandem keeps one person responsible: Wang Fang"),
				result.notMapped().toString());
		assertTrue(result.notMapped().contains("Resource \"Nobody Assigned\" works on no task; it is not imported"), result.notMapped().toString());
	}

	@Test
	void aGanttProjectFileGivesWorkPackagesTasksMilestonesAndAllLinks() throws Exception {
		Path file = folder.resolve("wasser-pilot.gan");
		try (InputStream in = getClass().getResourceAsStream("wasser-pilot.gan")) {
			Files.copy(in, file);
		}

		ImportResult result = new GanttProjectImporter().read(file);

		ImplementationPlan plan = (ImplementationPlan) result.elements().get(0);
		assertEquals("Wasser Pilot", plan.getName().getText("de"));
		WorkPackage survey = assertInstanceOf(WorkPackage.class, plan.getItems().get(0));
		assertEquals("AP 1 Bestandsaufnahme", survey.getName().getText("de"));
		org.tandem.model.api.Task gauges = (org.tandem.model.api.Task) survey.getChildren().get(0);
		assertEquals("Messstellen erfassen", gauges.getName().getText("de"));
		assertEquals(LocalDate.of(2026, 3, 2), gauges.getStart());
		assertEquals(LocalDate.of(2026, 3, 6), gauges.getFinish());
		assertEquals(60, gauges.getProgress());
		Milestone report = assertInstanceOf(Milestone.class, survey.getChildren().get(2));
		assertEquals(LocalDate.of(2026, 3, 13), report.getPlanned());
		org.tandem.model.api.Task visit = (org.tandem.model.api.Task) plan.getItems().get(1);
		assertEquals("现场考察 乌鲁木齐", visit.getName().getText("zh"));

		assertEquals(3, plan.getDependencies().size(), "links of nested tasks too, which MPXJ alone misses");
		PlanItem analysis = survey.getChildren().get(1);
		Dependency first = plan.getDependencies().stream().filter(d -> d.getPredecessor() == gauges && d.getSuccessor() == analysis)
				.findFirst().orElseThrow();
		assertEquals(DependencyType.FINISH_TO_START, first.getType());
		assertEquals(2, first.getLagDays());
		assertTrue(plan.getDependencies().stream().anyMatch(d -> d.getSuccessor() == report && d.getType() == DependencyType.FINISH_TO_FINISH));
		assertTrue(plan.getDependencies().stream().anyMatch(d -> d.getSuccessor() == visit && d.getType() == DependencyType.START_TO_START));

		Person liWei = TandemFactory.eINSTANCE.createPerson();
		liWei.setLatinName("li  wei");
		liWei.setNativeName("李伟");
		List<String> unknown = new ResponsiblePeople(List.of(liWei)).assign(result.elements());
		assertEquals(liWei, gauges.getResponsible(), "names match without regard to case and spaces");
		assertEquals(List.of("Resource \"Erika Muster\": no person of that name in the workspace, so 1 item(s) have no one responsible"), unknown);
		assertEquals(null, survey.getChildren().get(1).getResponsible());
	}
}
