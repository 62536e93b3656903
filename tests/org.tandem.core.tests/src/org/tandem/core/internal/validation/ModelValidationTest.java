package org.tandem.core.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Measure;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Scenario;
import org.tandem.model.api.ScenarioMeasure;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Target;
import org.tandem.model.api.Task;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;

/** Each rule with a model that passes it and one that breaks it. */
class ModelValidationTest {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	private final ModelValidation validation = new ModelValidation();
	private Partnership partnership;
	private TaskGroup group;
	private ImplementationPlan plan;
	private WorkPackage workPackage;
	private Person person;

	@BeforeEach
	void sound() {
		ResourceSet resources = new ResourceSetImpl();
		partnership = F.createPartnership();
		partnership.setName(text("Rhein-Neckar – Urumqi"));
		partnership.setStart(LocalDate.parse("2024-01-01"));
		partnership.setFinish(LocalDate.parse("2028-12-31"));
		person = F.createPerson();
		person.setLatinName("Li Wei");
		partnership.getPeople().add(person);
		group = F.createTaskGroup();
		group.setName(text("Wasser"));
		partnership.getTaskGroups().add(group);
		plan = F.createImplementationPlan();
		plan.setName(text("Plan Wasser"));
		plan.setTaskGroup(group);
		plan.setStart(LocalDate.parse("2024-02-01"));
		plan.setFinish(LocalDate.parse("2028-06-30"));
		workPackage = F.createWorkPackage();
		workPackage.setName(text("AP 1"));
		workPackage.setResponsible(person);
		plan.getItems().add(workPackage);
		add(resources, "partnership.tandem", partnership);
		add(resources, "plan.tandem", plan);
	}

	@Test
	void aSoundModelHasNoProblems() {
		Task task = task("Bestandsaufnahme", "2024-03-01", "2024-09-30");
		milestone("M1", "2024-10-15");
		depend(task, workPackage.getChildren().get(1));
		assertEquals(List.of(), messages(Diagnostic.WARNING));
	}

	@Test
	void aTaskThatEndsBeforeItStarts() {
		task("Rückwärts", "2024-09-30", "2024-03-01");
		assertProblem(Diagnostic.ERROR, "\"Rückwärts\" ends on 2024-03-01, before it starts on 2024-09-30.");
	}

	@Test
	void aTaskOrMilestoneOutsideItsPlan() {
		task("Zu früh", "2024-01-10", "2024-03-01");
		milestone("Zu spät", "2029-01-15");
		assertProblem(Diagnostic.ERROR, "\"Zu früh\" starts on 2024-01-10, before \"Plan Wasser\" starts on 2024-02-01.");
		assertProblem(Diagnostic.ERROR, "\"Zu spät\" ends on 2029-01-15, after \"Plan Wasser\" ends on 2028-06-30.");
	}

	@Test
	void aPlanOutsideItsPartnership() {
		plan.setFinish(LocalDate.parse("2029-06-30"));
		assertProblem(Diagnostic.ERROR, "\"Plan Wasser\" ends on 2029-06-30, after \"Rhein-Neckar – Urumqi\" ends on 2028-12-31.");
	}

	@Test
	void aDependencyCycleIsNamed() {
		Task a = task("A", "2024-03-01", "2024-04-01");
		Task b = task("B", "2024-04-01", "2024-05-01");
		Task c = task("C", "2024-05-01", "2024-06-01");
		depend(a, b);
		depend(b, c);
		assertEquals(List.of(), messages(Diagnostic.ERROR), "a chain is fine");
		depend(c, a);
		assertProblem(Diagnostic.ERROR, "The dependencies of \"Plan Wasser\" go round in a circle: A \u2192 B \u2192 C \u2192 A.");
	}

	@Test
	void aReferenceToAPersonWhoWasDeleted() {
		partnership.getPeople().remove(person);
		assertProblem(Diagnostic.ERROR, "\"AP 1\" refers in \"Responsible\" to a Person that does not exist (deleted, or in a file that is missing).");
	}

	@Test
	void aReferenceIntoAFileThatIsMissing() {
		Person ghost = F.createPerson();
		((InternalEObject) ghost).eSetProxyURI(URI.createFileURI("/nowhere/missing.tandem").appendFragment("4711"));
		workPackage.setResponsible(ghost);
		assertProblem(Diagnostic.ERROR, "\"AP 1\" refers in \"Responsible\" to a Person that does not exist (deleted, or in a file that is missing).");
	}

	@Test
	void aNameIsRequiredInAtLeastOneLanguage() {
		workPackage.setName(F.createLocalizedText());
		assertProblem(Diagnostic.ERROR, "A Work Package needs a \"Name\" in at least one language.");
		workPackage.setName(text("AP 1"));
		assertEquals(List.of(), messages(Diagnostic.ERROR));
	}

	@Test
	void aStaleTranslationIsAWarning() {
		LocalizedText name = text("AP 1 Bestandsaufnahme");
		name.setText("zh", "工作包1 现状调查");
		name.setText("de", "AP 1 Bestandsaufnahme und Daten");
		workPackage.setName(name);
		assertEquals(List.of(), messages(Diagnostic.ERROR));
		assertProblem(Diagnostic.WARNING, "The Chinese translation of \"Name\" of \"AP 1 Bestandsaufnahme und Daten\" is out of date: the original has changed since.");
	}

	@Test
	void targetsAndMeasurementsInUnitsThatMeasureSomethingElse() {
		Indicator heat = F.createIndicator();
		heat.setName(text("Abwärme"));
		heat.setUnit("MWh");
		partnership.getIndicators().add(heat);
		Target fine = F.createTarget();
		fine.setYear(2027);
		fine.setUnit("GWh");
		heat.getTargets().add(fine);
		assertEquals(List.of(), messages(Diagnostic.ERROR), "GWh and MWh both measure energy");
		Target wrong = F.createTarget();
		wrong.setYear(2028);
		wrong.setUnit("t CO2e");
		heat.getTargets().add(wrong);
		assertProblem(Diagnostic.ERROR, "The target of \"Abwärme\" for 2028 is in t CO2e, which does not measure the same as the indicator's unit MWh.");
	}

	@Test
	void scenarioMeasuresNameAMeasureAndAdoptAShareBetweenZeroAndOne() {
		Scenario scenario = F.createScenario();
		scenario.setName(text("Ehrgeizig"));
		partnership.getScenarios().add(scenario);
		ScenarioMeasure taken = F.createScenarioMeasure();
		taken.setAdoption(1.5);
		taken.setRampUpYears(-1);
		scenario.getMeasures().add(taken);
		assertProblem(Diagnostic.ERROR, "A measure of scenario \"Ehrgeizig\" names no measure.");
		assertProblem(Diagnostic.ERROR, "\"Scenario Measure\" in scenario \"Ehrgeizig\" is adopted to 1.5; the share must lie between 0 and 1.");
		assertProblem(Diagnostic.ERROR, "\"Scenario Measure\" in scenario \"Ehrgeizig\" ramps up over -1 years; that cannot be fewer than 0.");
		Measure measure = F.createMeasure();
		measure.setName(text("Abwärme"));
		group.getConcepts().add(F.createConcept());
		group.getConcepts().get(0).getMeasures().add(measure);
		taken.setMeasure(measure);
		taken.setAdoption(0.5);
		taken.setRampUpYears(3);
		assertTrue(messages(Diagnostic.ERROR).stream().noneMatch(m -> m.contains("Ehrgeizig")), messages(Diagnostic.ERROR).toString());
	}

	@Test
	void eachProblemNamesItsElement() {
		Task task = task("Rückwärts", "2024-09-30", "2024-03-01");
		Diagnostic problem = problems().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).findFirst().orElseThrow();
		assertEquals(task, problem.getData().get(0));
	}

	// ------------------------------------------------------------------ helpers

	private static LocalizedText text(String german) {
		LocalizedText text = F.createLocalizedText();
		text.setText("de", german);
		return text;
	}

	private Task task(String name, String start, String finish) {
		Task task = F.createTask();
		task.setName(text(name));
		task.setStart(LocalDate.parse(start));
		task.setFinish(LocalDate.parse(finish));
		workPackage.getChildren().add(task);
		return task;
	}

	private Milestone milestone(String name, String planned) {
		Milestone milestone = F.createMilestone();
		milestone.setName(text(name));
		milestone.setPlanned(LocalDate.parse(planned));
		workPackage.getChildren().add(milestone);
		return milestone;
	}

	private void depend(PlanItem predecessor, PlanItem successor) {
		Dependency dependency = F.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setSuccessor(successor);
		dependency.setType(DependencyType.FINISH_TO_START);
		plan.getDependencies().add(dependency);
	}

	private static void add(ResourceSet resources, String name, EObject root) {
		Resource resource = new XMIResourceImpl(URI.createFileURI("/tmp/validation-test/" + name));
		resources.getResources().add(resource);
		resource.getContents().add(root);
	}

	private List<Diagnostic> problems() {
		return validation.validate(List.of(partnership, plan)).getChildren();
	}

	/** The messages of problems of at least {@code severity}. */
	private List<String> messages(int severity) {
		return problems().stream().filter(d -> d.getSeverity() >= severity).map(Diagnostic::getMessage).toList();
	}

	private void assertProblem(int severity, String message) {
		List<String> found = problems().stream().filter(d -> d.getSeverity() == severity).map(Diagnostic::getMessage).toList();
		assertTrue(found.contains(message), "expected " + message + "\nfound " + found);
	}
}
