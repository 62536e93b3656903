package org.tandem.ui.milestones.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.milestones.TrackedMilestone;

/**
 * The board: one row per milestone with its traffic light, name, planned day, baseline day, slip,
 * status, task group, partnership and responsible person, in the order the board chose.
 */
final class BoardTable {

	private final TableViewer viewer;

	BoardTable(Composite parent, Texts texts, Consumer<TrackedMilestone> open) {
		viewer = Tables.table(parent, open);
		LightImages lights = new LightImages(viewer.getControl());
		Tables.column(viewer, Messages.column_light, 2, t -> texts.light(t.light()), t -> lights.of(t.light()));
		Tables.column(viewer, Messages.column_milestone, 8, t -> texts.label(t.milestone()), null);
		Tables.column(viewer, Messages.column_planned, 3, t -> texts.date(t.planned()), null);
		Tables.column(viewer, Messages.column_baseline, 3, t -> texts.date(t.baselineDay()), null);
		Tables.column(viewer, Messages.column_slip, 2, t -> texts.slip(t.slipDays()), null);
		Tables.column(viewer, Messages.column_status, 3, t -> texts.state(t.state()), null);
		Tables.column(viewer, Messages.column_taskGroup, 4, t -> texts.label(t.taskGroup()), null);
		Tables.column(viewer, Messages.column_partnership, 4, t -> texts.label(t.partnership()), null);
		Tables.column(viewer, Messages.column_responsible, 3, t -> texts.label(t.responsible()), null);
	}

	void show(List<TrackedMilestone> shown) {
		viewer.setInput(shown);
	}

	TableViewer viewer() {
		return viewer;
	}
}
