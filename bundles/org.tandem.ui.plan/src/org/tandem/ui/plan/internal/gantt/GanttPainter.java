package org.tandem.ui.plan.internal.gantt;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.ui.plan.internal.model.PlanDates;

/**
 * Paints the chart for the rows the table shows: row highlights, the baseline's ghost bars, the
 * bars and diamonds (those on the critical path in red), the dependency arrows that touch a row in view, the today line and the
 * timeline header on top.
 */
final class GanttPainter {

	/** What one paint needs. */
	record Scene(ImplementationPlan plan, List<Row> rows, RowSource source, BarLayout layout, Baseline baseline,
			Set<PlanItem> selected, Set<PlanItem> critical, LocalDate today, Locale locale) {
	}

	private final GanttColors colors;
	private final TimelinePainter timeline;
	private final BarPainter bars;
	private final ArrowPainter arrows;

	GanttPainter(GanttColors colors) {
		this.colors = colors;
		this.timeline = new TimelinePainter(colors);
		this.bars = new BarPainter(colors);
		this.arrows = new ArrowPainter(colors);
	}

	void paint(GC gc, int width, int height, Scene scene) {
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		int header = scene.source().headerHeight();
		gc.setBackground(colors.background);
		gc.fillRectangle(0, 0, width, height);
		timeline.paint(gc, scene.layout().scale(), width, height, header, scene.locale());
		gc.setClipping(0, header, width, Math.max(0, height - header));
		Map<PlanItem, Bar> shown = new HashMap<>();
		for (Row row : scene.rows()) {
			if (scene.selected().contains(row.item())) {
				gc.setBackground(colors.selection);
				gc.fillRectangle(0, row.y(), width, row.height());
			}
			PlanDates.in(row.item(), scene.baseline()).flatMap(dates -> scene.layout().ghost(dates, row))
					.ifPresent(ghost -> bars.paintGhost(gc, ghost));
		}
		for (Row row : scene.rows()) {
			scene.layout().bar(row.item(), row).ifPresent(bar -> {
				shown.put(row.item(), bar);
				bars.paint(gc, bar, scene.critical().contains(row.item()));
			});
		}
		paintArrows(gc, scene, shown);
		shown.values().stream().filter(bar -> scene.selected().contains(bar.item())).forEach(bar -> bars.paintHandle(gc, bar));
		int today = scene.layout().scale().x(scene.today());
		gc.setForeground(colors.today);
		gc.setLineWidth(2);
		gc.drawLine(today, header, today, height);
		gc.setLineWidth(1);
		gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
	}

	private void paintArrows(GC gc, Scene scene, Map<PlanItem, Bar> shown) {
		for (Dependency dependency : scene.plan().getDependencies()) {
			Bar from = shown.get(dependency.getPredecessor());
			Bar to = shown.get(dependency.getSuccessor());
			if (from == null && to == null || dependency.getPredecessor() == null || dependency.getSuccessor() == null) {
				continue;
			}
			if (from == null) {
				from = offscreen(scene, dependency.getPredecessor()).orElse(null);
			}
			if (to == null) {
				to = offscreen(scene, dependency.getSuccessor()).orElse(null);
			}
			if (from != null && to != null) {
				arrows.paint(gc, from, to, dependency.getType());
			}
		}
	}

	private static Optional<Bar> offscreen(Scene scene, PlanItem item) {
		return scene.source().rowOf(item).flatMap(row -> scene.layout().bar(item, row));
	}
}
