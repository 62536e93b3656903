package org.tandem.io.internal;

import java.time.LocalDate;

import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/** A small plan with every kind of item and link, names in German with Chinese translations. */
public final class SamplePlan {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	public final ImplementationPlan plan = F.createImplementationPlan();
	public final Person liWei = F.createPerson();
	public final WorkPackage survey = F.createWorkPackage();
	public final Task gauges = F.createTask();
	public final Task analysis = F.createTask();
	public final Milestone report = F.createMilestone();
	public final Task workshop = F.createTask();
	public final Milestone opened = F.createMilestone();

	public SamplePlan() {
		liWei.setNativeName("李伟");
		liWei.setLatinName("Li Wei");
		plan.setName(text("Wasserplan Pilot", "水资源试点计划"));
		plan.setStart(LocalDate.of(2026, 3, 2));
		plan.setFinish(LocalDate.of(2026, 6, 30));
		survey.setName(text("AP 1 Bestandsaufnahme", "工作包 1 现状调查"));
		task(gauges, "Messstellen erfassen", "记录监测点", "2026-03-07", "2026-03-15", 60);
		gauges.setResponsible(liWei);
		gauges.setEffort(12.5);
		gauges.setDescription(text("Alle Messstellen im Einzugsgebiet", "流域内所有监测点"));
		task(analysis, "Daten auswerten", "分析数据", "2026-03-18", "2026-03-31", 0);
		report.setName(text("Bericht liegt vor", "报告完成"));
		report.setPlanned(LocalDate.of(2026, 4, 2));
		report.setStatus(MilestoneStatus.DONE);
		report.setActual(LocalDate.of(2026, 4, 3));
		survey.getChildren().add(gauges);
		survey.getChildren().add(analysis);
		survey.getChildren().add(report);
		task(workshop, "Workshop in Urumqi", "乌鲁木齐研讨会", "2026-04-06", "2026-04-08", 0);
		opened.setName(text("Anlage in Betrieb", "设施投入运行"));
		opened.setPlanned(LocalDate.of(2026, 6, 30));
		opened.setStatus(MilestoneStatus.CANCELLED);
		plan.getItems().add(survey);
		plan.getItems().add(workshop);
		plan.getItems().add(opened);
		link(gauges, analysis, DependencyType.FINISH_TO_START, 2);
		link(analysis, report, DependencyType.FINISH_TO_FINISH, 2);
		link(gauges, workshop, DependencyType.START_TO_START, 30);
		link(workshop, opened, DependencyType.START_TO_FINISH, -3);
	}

	private static void task(Task task, String de, String zh, String start, String finish, int progress) {
		task.setName(text(de, zh));
		task.setStart(LocalDate.parse(start));
		task.setFinish(LocalDate.parse(finish));
		task.setProgress(progress);
	}

	private void link(PlanItem predecessor, PlanItem successor, DependencyType type, int lag) {
		Dependency dependency = F.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setSuccessor(successor);
		dependency.setType(type);
		dependency.setLagDays(lag);
		plan.getDependencies().add(dependency);
	}

	public static LocalizedText text(String de, String zh) {
		LocalizedText text = F.createLocalizedText();
		text.setText("de", de);
		text.setText("zh", zh);
		return text;
	}
}
