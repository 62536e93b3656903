package org.tandem.core.internal.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.core.spi.TaskGroupDomain;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.TranslationState;
import org.tandem.model.api.WorkPackage;

/** A new plan of a task group: its domain's template moved to start next month, else an empty plan; named after the group. */
class NewPlanTest {

	private static final TandemFactory F = TandemFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

	private final List<ContributionFailure> failures = new ArrayList<>();
	private final Partnership partnership = F.createPartnership();
	private final TaskGroup group = F.createTaskGroup();

	NewPlanTest() {
		partnership.setFinish(LocalDate.parse("2028-12-31"));
		partnership.getTaskGroups().add(group);
		group.setName(F.createLocalizedText());
		group.getName().setText("de", "Arbeitsgruppe Wasser");
		group.getName().setText("zh", "水资源工作组");
		group.getName().setText("en", "Water task group");
	}

	@Test
	void theTemplatesDatesMoveSoThatThePlanStartsNextMonth() {
		ImplementationPlan plan = NewPlan.create(group, Optional.of(domain(new Template())), Locale.GERMAN, TODAY);

		assertSame(group, plan.getTaskGroup());
		LocalDate start = LocalDate.parse("2026-12-01");
		assertEquals(start, plan.getStart());
		WorkPackage workPackage = (WorkPackage) plan.getItems().get(0);
		Task task = (Task) workPackage.getChildren().get(0);
		Milestone milestone = (Milestone) workPackage.getChildren().get(1);
		assertEquals(start, task.getStart(), "the plan's start moves its items along");
		assertEquals(start.plusDays(91), task.getFinish(), "each keeps its length in days");
		assertEquals(start.plusDays(91), milestone.getPlanned());
		assertEquals(start.plusDays(91), plan.getFinish(), "a template without a finish ends with its last day");
		assertEquals("Paket", workPackage.getName().getText("de"));
	}

	@Test
	void namedAfterTheGroupInEachLanguageWrittenInTheReaders() {
		ImplementationPlan plan = NewPlan.create(group, Optional.empty(), Locale.CHINESE, TODAY);
		assertEquals("Umsetzungsplan \u2013 Arbeitsgruppe Wasser", plan.getName().getText("de"));
		assertEquals("水资源工作组实施计划", plan.getName().getText("zh"));
		assertEquals("Implementation plan \u2013 Water task group", plan.getName().getText("en"));
		assertEquals("zh", plan.getName().getOriginal().getLanguage());
		assertEquals(TranslationState.REVIEWED, plan.getName().getTranslations().stream().filter(t -> t.getLanguage().equals("de")).findFirst()
				.orElseThrow().getState());

		group.setName(null);
		assertEquals("Umsetzungsplan", NewPlan.create(group, Optional.empty(), Locale.GERMAN, TODAY).getName().getText("de"));
	}

	@Test
	void withoutADomainAnEmptyPlanUntilThePartnershipEnds() {
		ImplementationPlan plan = NewPlan.create(group, Optional.empty(), Locale.ENGLISH, TODAY);
		assertEquals(List.of(), plan.getItems());
		assertEquals(LocalDate.parse("2026-12-01"), plan.getStart());
		assertEquals(LocalDate.parse("2028-12-31"), plan.getFinish());

		partnership.setFinish(LocalDate.parse("2026-06-30"));
		assertNull(NewPlan.create(group, Optional.empty(), Locale.ENGLISH, TODAY).getFinish(), "no finish before the start");
	}

	@Test
	void aTemplateThatFailsGivesAnEmptyPlanAndIsReported() {
		ImplementationPlan plan = NewPlan.create(group, Optional.of(domain(new Template() {
			@Override
			public ImplementationPlan newPlan(Locale locale) {
				throw new IllegalStateException("no plan today");
			}
		})), Locale.ENGLISH, TODAY);
		assertEquals(List.of(), plan.getItems());
		assertSame(group, plan.getTaskGroup());
		assertEquals(1, failures.size());
		assertEquals("plan template", failures.get(0).task());
		assertEquals("test", failures.get(0).contribution());
	}

	private Domain domain(TaskGroupDomain contribution) {
		return new Domain(contribution, "test", failures::add);
	}

	/** A domain whose plan template has one work package with a task and a milestone in spring 2020, and no finish. */
	private static class Template implements TaskGroupDomain {
		@Override
		public String id() {
			return "test";
		}

		@Override
		public String name(Locale locale) {
			return "Test";
		}

		@Override
		public URL icon() {
			return null;
		}

		@Override
		public List<Indicator> newIndicators() {
			return List.of();
		}

		@Override
		public Concept newConcept(Locale locale) {
			return null;
		}

		@Override
		public ImplementationPlan newPlan(Locale locale) {
			ImplementationPlan plan = F.createImplementationPlan();
			plan.setStart(LocalDate.parse("2020-03-01"));
			WorkPackage workPackage = F.createWorkPackage();
			workPackage.setName(F.createLocalizedText());
			workPackage.getName().setText("de", "Paket");
			Task task = F.createTask();
			task.setStart(LocalDate.parse("2020-03-01"));
			task.setFinish(LocalDate.parse("2020-05-31"));
			Milestone milestone = F.createMilestone();
			milestone.setPlanned(LocalDate.parse("2020-05-31"));
			workPackage.getChildren().add(task);
			workPackage.getChildren().add(milestone);
			plan.getItems().add(workPackage);
			return plan;
		}
	}
}
