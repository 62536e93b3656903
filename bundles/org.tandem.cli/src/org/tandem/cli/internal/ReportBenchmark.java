package org.tandem.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.BaselineDate;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;
import org.tandem.report.internal.ReportScope;
import org.tandem.report.internal.StatusReport;

/**
 * Measures the Chinese PDF status report of a task group with N milestones (a generated plan:
 * work packages of ten milestones and ten tasks, two baselines, names in German, Chinese and
 * English) on the wall clock, against the same report without its Gantt and trend charts (the
 * same text and font), taken in turns; the measurement fails when a report comes out empty.
 */
final class ReportBenchmark {

	private static final TandemFactory F = TandemFactory.eINSTANCE;
	private static final LocalDate START = LocalDate.parse("2024-01-15"); //$NON-NLS-1$
	private static final LocalDate DAY = LocalDate.parse("2026-11-23"); //$NON-NLS-1$

	record Figures(int milestones, int bytes, int plainBytes, double reportMillis, double plainMillis) {
	}

	private final Stopwatch stopwatch;

	ReportBenchmark(Stopwatch stopwatch) {
		this.stopwatch = stopwatch;
	}

	Figures measure(int milestones) throws Exception {
		List<EObject> roots = new ArrayList<>();
		TaskGroup group = workspace(milestones, roots);
		ReportScope scope = ReportScope.find(roots, group.getId()).orElseThrow();
		StatusReport report = new StatusReport(roots);
		int[] sizes = new int[2];
		double[] medians = stopwatch.medianMillis(() -> sizes[0] = size(out -> report.write(scope, Locale.CHINESE, DAY, out)),
				() -> sizes[1] = size(out -> report.writeWithoutCharts(scope, Locale.CHINESE, DAY, out)));
		if (sizes[0] <= sizes[1] || sizes[1] == 0) {
			throw new IllegalStateException("the report has " + sizes[0] + " bytes, without charts " + sizes[1]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Figures(milestones, sizes[0], sizes[1], medians[0], medians[1]);
	}

	@FunctionalInterface
	private interface Writing {
		void to(OutputStream out) throws Exception;
	}

	private static int size(Writing writing) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		writing.to(bytes);
		return bytes.size();
	}

	/** One partnership with one task group whose plan has {@code milestones} milestones. */
	private static TaskGroup workspace(int milestones, List<EObject> roots) {
		Partnership partnership = F.createPartnership();
		partnership.setId("benchmark-partnership"); //$NON-NLS-1$
		partnership.setName(text("Benchmark", "基准测试", "Benchmark")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		TaskGroup group = F.createTaskGroup();
		group.setId("benchmark-group"); //$NON-NLS-1$
		group.setName(text("Arbeitsgruppe Wasser", "水资源工作组", "Water task group")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		partnership.getTaskGroups().add(group);
		ImplementationPlan plan = F.createImplementationPlan();
		plan.setName(text("Umsetzungsplan", "实施计划", "Implementation plan")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		plan.setTaskGroup(group);
		Baseline first = baseline(plan, "2024-09-20"); //$NON-NLS-1$
		Baseline second = baseline(plan, "2025-06-13"); //$NON-NLS-1$
		WorkPackage workPackage = null;
		for (int i = 0; i < milestones; i++) {
			if (i % 10 == 0) {
				workPackage = F.createWorkPackage();
				workPackage.setName(text("Arbeitspaket " + (i / 10 + 1), "工作包" + (i / 10 + 1), "Work package " + (i / 10 + 1))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				plan.getItems().add(workPackage);
			}
			LocalDate planned = START.plusDays(i * 1825L / milestones + 30);
			Task task = F.createTask();
			task.setName(text("Aufgabe " + i, "任务" + i, "Task " + i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			task.setStart(planned.minusDays(60));
			task.setFinish(planned.minusDays(1));
			task.setProgress(i % 101);
			workPackage.getChildren().add(task);
			Milestone milestone = F.createMilestone();
			milestone.setName(text("Meilenstein " + i, "里程碑" + i + " 中水回用", "Milestone " + i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			milestone.setPlanned(planned);
			milestone.setStatus(planned.isBefore(DAY) && i % 3 != 0 ? MilestoneStatus.DONE : MilestoneStatus.OPEN);
			milestone.setActual(milestone.getStatus() == MilestoneStatus.DONE ? planned.plusDays(i % 7) : null);
			at(milestone, first, planned.minusDays(i % 90));
			at(milestone, second, planned.minusDays(i % 45));
			workPackage.getChildren().add(milestone);
		}
		roots.add(partnership);
		roots.add(plan);
		return group;
	}

	private static Baseline baseline(ImplementationPlan plan, String day) {
		Baseline baseline = F.createBaseline();
		baseline.setName(day);
		baseline.setDate(LocalDate.parse(day));
		plan.getBaselines().add(baseline);
		return baseline;
	}

	private static void at(Milestone milestone, Baseline baseline, LocalDate day) {
		BaselineDate dates = F.createBaselineDate();
		dates.setBaseline(baseline);
		dates.setStart(day);
		dates.setFinish(day);
		milestone.getBaselineDates().add(dates);
	}

	private static LocalizedText text(String de, String zh, String en) {
		LocalizedText text = F.createLocalizedText();
		text.setText("de", de); //$NON-NLS-1$
		text.setText("zh", zh); //$NON-NLS-1$
		text.setText("en", en); //$NON-NLS-1$
		return text;
	}
}
