package org.tandem.sync.api.merge;

import java.time.LocalDate;

import org.tandem.model.api.Baseline;
import org.tandem.model.api.BaselineDate;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Risk;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;

/**
 * Small models for merge tests, with readable ids: a plan with work packages wp1 (tasks t1, t2, t3,
 * milestone m1), wp2 (task t4) and wp3 (empty), dependency d1 from t1 to t2, baseline bl1 and risk
 * r1 with a text of several lines; and a partnership with people p1 to p4 and task group tg.
 */
final class Plans {

	static final String RISK_TEXT = "Erste Zeile\nZweite Zeile\nDritte Zeile\nVierte Zeile\n";
	private static final TandemFactory F = TandemFactory.eINSTANCE;

	private Plans() {
	}

	static ImplementationPlan plan() {
		ImplementationPlan plan = F.createImplementationPlan();
		plan.setId("plan");
		plan.setName(text("Plan", "计划"));
		plan.setStart(LocalDate.of(2025, 1, 1));
		plan.setFinish(LocalDate.of(2027, 12, 31));
		WorkPackage wp1 = workPackage(plan, "wp1");
		Task t1 = task(wp1, "t1");
		Task t2 = task(wp1, "t2");
		task(wp1, "t3");
		Milestone m1 = F.createMilestone();
		m1.setId("m1");
		m1.setName(text("Meilenstein 1", "里程碑 1"));
		m1.setPlanned(LocalDate.of(2026, 6, 30));
		wp1.getChildren().add(m1);
		task(workPackage(plan, "wp2"), "t4");
		workPackage(plan, "wp3");
		Dependency d1 = F.createDependency();
		d1.setId("d1");
		d1.setPredecessor(t1);
		d1.setSuccessor(t2);
		d1.setType(DependencyType.FINISH_TO_START);
		plan.getDependencies().add(d1);
		Baseline bl1 = F.createBaseline();
		bl1.setId("bl1");
		bl1.setName("Jahresbesuch 2025");
		plan.getBaselines().add(bl1);
		BaselineDate bd1 = F.createBaselineDate();
		bd1.setId("bd1");
		bd1.setBaseline(bl1);
		m1.getBaselineDates().add(bd1);
		Risk r1 = F.createRisk();
		r1.setId("r1");
		r1.setDescription(text(RISK_TEXT, "第一行\n第二行\n"));
		plan.getRisks().add(r1);
		return plan;
	}

	static Partnership partnership() {
		Partnership partnership = F.createPartnership();
		partnership.setId("partnership");
		partnership.setName(text("Partnerschaft", "伙伴关系"));
		for (int i = 1; i <= 4; i++) {
			Person person = F.createPerson();
			person.setId("p" + i);
			person.setLatinName("Person " + i);
			person.getLanguages().add("de");
			partnership.getPeople().add(person);
		}
		TaskGroup group = F.createTaskGroup();
		group.setId("tg");
		group.setName(text("Wasser", "水资源"));
		group.getMembers().addAll(partnership.getPeople().subList(0, 3));
		partnership.getTaskGroups().add(group);
		return partnership;
	}

	static Task task(WorkPackage parent, String id) {
		Task task = F.createTask();
		task.setId(id);
		task.setName(text("Aufgabe " + id, "任务 " + id));
		task.setStart(LocalDate.of(2025, 3, 1));
		task.setFinish(LocalDate.of(2025, 9, 30));
		task.setEffort(10);
		parent.getChildren().add(task);
		return task;
	}

	private static WorkPackage workPackage(ImplementationPlan plan, String id) {
		WorkPackage workPackage = F.createWorkPackage();
		workPackage.setId(id);
		workPackage.setName(text("Arbeitspaket " + id, "工作包 " + id));
		plan.getItems().add(workPackage);
		return workPackage;
	}

	private static LocalizedText text(String de, String zh) {
		LocalizedText text = F.createLocalizedText();
		text.setText("de", de);
		text.setText("zh", zh);
		return text;
	}
}
