package org.tandem.core.internal.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.*;

/**
 * Makes workspaces of a given size for benchmarks and load tests: partnerships with people,
 * task groups and indicators, and implementation plans of work packages, tasks, milestones and
 * dependencies (of all four types, without cycles), about 20,000 elements per partnership and its plans. The same size and seed give
 * the same structure and texts; ids are new every time.
 */
public final class SyntheticWorkspace {

	private static final TandemFactory F = TandemFactory.eINSTANCE;
	private static final int ELEMENTS_PER_PARTNERSHIP = 20_000;
	private static final int PLANS_PER_PARTNERSHIP = 5;

	private final Random random;
	private long elements;

	public SyntheticWorkspace(long seed) {
		this.random = new Random(seed);
	}

	/** Writes a workspace of about {@code size} elements into the empty folder {@code folder}; returns how many it made. */
	public long generate(Path folder, long size) throws IOException {
		ModelWorkspace workspace = emptyWorkspace(folder);
		int partnerships = (int) Math.max(1, size / ELEMENTS_PER_PARTNERSHIP);
		for (int p = 0; p < partnerships; p++) {
			long budget = (size - elements) / (partnerships - p);
			long start = elements;
			Partnership partnership = partnership(p);
			workspace.create(String.format("partnerships/partnership-%03d.tandem", p), partnership);
			for (int plan = 0; plan < PLANS_PER_PARTNERSHIP; plan++) {
				long planBudget = (budget - (elements - start)) / (PLANS_PER_PARTNERSHIP - plan);
				workspace.create(String.format("plans/plan-%03d-%d.tandem", p, plan), plan(partnership, plan, planBudget));
			}
		}
		return elements;
	}

	/**
	 * Writes one partnership and one implementation plan of about {@code planElements} elements into
	 * the empty folder {@code folder}, for measurements on a single model file; returns the plan's file.
	 */
	public Path generatePlan(Path folder, long planElements) throws IOException {
		ModelWorkspace workspace = emptyWorkspace(folder);
		Partnership partnership = partnership(0);
		workspace.create("partnerships/partnership-000.tandem", partnership);
		return workspace.fileOf(workspace.create("plans/plan-000-0.tandem", plan(partnership, 0, planElements))).orElseThrow();
	}

	private ModelWorkspace emptyWorkspace(Path folder) throws IOException {
		if (!ModelWorkspace.modelFiles(folder).isEmpty()) {
			throw new IOException(folder + " holds model files already; a generated workspace needs an empty folder");
		}
		elements = 0;
		return ModelWorkspace.open(folder, new ModelFiles());
	}

	private Partnership partnership(int number) {
		Partnership partnership = count(F.createPartnership());
		partnership.setName(text("Partnerschaft " + number, "伙伴关系 " + number));
		partnership.setStart(LocalDate.of(2024, 1, 1));
		partnership.setFinish(LocalDate.of(2030, 12, 31));
		for (String country : new String[] { "DE", "CN" }) {
			Region region = count(F.createRegion());
			region.setName(text("Region " + country + " " + number, "地区 " + country + " " + number));
			region.setCountry(country);
			region.setKind(RegionKind.INDUSTRIAL_REGION);
			region.setPopulation(1_000_000L + random.nextInt(5_000_000));
			partnership.getRegions().add(region);
		}
		for (int i = 0; i < 40; i++) {
			Person person = count(F.createPerson());
			person.setLatinName("Person " + number + "-" + i);
			person.setNativeName(i % 2 == 0 ? "Person " + number + "-" + i : "人员" + number + "-" + i);
			person.setRegion(partnership.getRegions().get(i % 2));
			person.getLanguages().add(i % 2 == 0 ? "de" : "zh");
			partnership.getPeople().add(person);
		}
		for (String domain : new String[] { "energy-efficiency", "water-resources" }) {
			TaskGroup group = count(F.createTaskGroup());
			group.setName(text("Arbeitsgruppe " + domain, "工作组 " + domain));
			group.setDomain(domain);
			group.getCoChairs().add(partnership.getPeople().get(0));
			group.getCoChairs().add(partnership.getPeople().get(1));
			group.getMembers().addAll(partnership.getPeople().subList(2, 12));
			partnership.getTaskGroups().add(group);
		}
		for (int i = 0; i < 10; i++) {
			Indicator indicator = count(F.createIndicator());
			indicator.setName(text("Indikator " + i, "指标 " + i));
			indicator.setUnit(i % 2 == 0 ? "MWh" : "t CO2e");
			indicator.setMethod(i % 2 == 0 ? "BISKO" : "CEADs");
			indicator.setBaselineYear(2023);
			indicator.setBaselineValue(1000 + random.nextInt(100_000));
			for (int year = 2024; year <= 2030; year++) {
				Measurement measurement = count(F.createMeasurement());
				measurement.setDate(LocalDate.of(year, 12, 31));
				measurement.setValue(random.nextDouble() * 100_000);
				measurement.setUnit(indicator.getUnit());
				indicator.getMeasurements().add(measurement);
			}
			partnership.getIndicators().add(indicator);
		}
		return partnership;
	}

	private ImplementationPlan plan(Partnership partnership, int number, long budget) {
		long start = elements;
		ImplementationPlan plan = count(F.createImplementationPlan());
		plan.setName(text("Umsetzungsplan " + number, "实施计划 " + number));
		plan.setTaskGroup(partnership.getTaskGroups().get(number % 2));
		plan.setStart(partnership.getStart());
		plan.setFinish(partnership.getFinish());
		Baseline baseline = count(F.createBaseline());
		baseline.setName("Baseline " + number);
		baseline.setDate(plan.getStart());
		plan.getBaselines().add(baseline);
		List<PlanItem> previous = new ArrayList<>();
		int wp = 0;
		while (elements - start < budget) {
			WorkPackage workPackage = count(F.createWorkPackage());
			workPackage.setName(text("Arbeitspaket " + wp, "工作包 " + wp));
			plan.getItems().add(workPackage);
			for (int t = 0; t < 20 && elements - start < budget; t++) {
				PlanItem item = t == 19 ? milestone(plan, wp, baseline) : task(plan, wp, t);
				item.setResponsible(partnership.getPeople().get(random.nextInt(partnership.getPeople().size())));
				workPackage.getChildren().add(item);
				if (!previous.isEmpty() && random.nextInt(3) > 0) {
					Dependency dependency = count(F.createDependency());
					dependency.setPredecessor(previous.get(random.nextInt(previous.size())));
					dependency.setSuccessor(item);
					dependency.setType(DependencyType.get(t % DependencyType.VALUES.size()));
					dependency.setLagDays(random.nextInt(10));
					plan.getDependencies().add(dependency);
				}
				previous.add(item);
				if (previous.size() > 30) {
					previous.remove(0);
				}
			}
			wp++;
		}
		return plan;
	}

	private Task task(ImplementationPlan plan, int wp, int number) {
		Task task = count(F.createTask());
		task.setName(text("Aufgabe " + wp + "." + number, "任务 " + wp + "." + number));
		LocalDate start = plan.getStart().plusDays(random.nextInt(2000));
		task.setStart(start);
		task.setFinish(start.plusDays(1 + random.nextInt(120)));
		task.setEffort(1 + random.nextInt(100));
		task.setProgress(random.nextInt(101));
		return task;
	}

	private Milestone milestone(ImplementationPlan plan, int wp, Baseline baseline) {
		Milestone milestone = count(F.createMilestone());
		milestone.setName(text("Meilenstein " + wp, "里程碑 " + wp));
		LocalDate planned = plan.getStart().plusDays(random.nextInt(2500));
		milestone.setPlanned(planned);
		milestone.setStatus(MilestoneStatus.OPEN);
		BaselineDate frozen = count(F.createBaselineDate());
		frozen.setBaseline(baseline);
		frozen.setStart(planned.minusDays(random.nextInt(60)));
		frozen.setFinish(frozen.getStart());
		milestone.getBaselineDates().add(frozen);
		return milestone;
	}

	private LocalizedText text(String de, String zh) {
		LocalizedText text = count(F.createLocalizedText());
		Translation german = count(F.createTranslation());
		german.setLanguage("de");
		german.setText(de);
		german.setState(TranslationState.ORIGINAL);
		Translation chinese = count(F.createTranslation());
		chinese.setLanguage("zh");
		chinese.setText(zh);
		chinese.setState(TranslationState.REVIEWED);
		text.getTranslations().add(german);
		text.getTranslations().add(chinese);
		return text;
	}

	private <T> T count(T element) {
		elements++;
		return element;
	}
}
