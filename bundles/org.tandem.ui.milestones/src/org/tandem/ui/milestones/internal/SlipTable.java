package org.tandem.ui.milestones.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.milestones.MilestoneOrder;
import org.tandem.core.api.milestones.MilestoneTrend;
import org.tandem.core.api.milestones.TrackedMilestone;

/**
 * The slip table: the shown milestones that a baseline holds, most slipped first, with the
 * baseline day, today's planned day, the slip and the planned day at each report date of the
 * trend analysis ("20 Sep 2024: 31 Dec 2026 → 13 Jun 2025: 31 Mar 2027 → …").
 */
final class SlipTable {

	private final TableViewer viewer;
	private final Texts texts;
	private LocalDate today;

	SlipTable(Composite parent, Texts texts, Consumer<TrackedMilestone> open) {
		this.texts = texts;
		viewer = Tables.table(parent, open);
		Tables.column(viewer, Messages.column_milestone, 7, t -> texts.label(t.milestone()), null);
		Tables.column(viewer, Messages.column_taskGroup, 4, t -> texts.label(t.taskGroup()), null);
		Tables.column(viewer, Messages.column_baseline, 3, t -> texts.date(t.baselineDay()), null);
		Tables.column(viewer, Messages.column_planned, 3, t -> texts.date(t.planned()), null);
		Tables.column(viewer, Messages.column_slip, 2, t -> texts.slip(t.slipDays()), null);
		Tables.column(viewer, Messages.column_history, 12, this::history, null);
	}

	private String history(TrackedMilestone tracked) {
		return MilestoneTrend.of(tracked.milestone(), today).points().stream()
				.map(p -> texts.date(p.reported()) + ": " + texts.date(p.planned())).collect(Collectors.joining(" \u2192 ")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Shows those of {@code shown} that have a baseline day, as seen on {@code day}. */
	void show(List<TrackedMilestone> shown, LocalDate day) {
		today = day;
		viewer.setInput(shown.stream().filter(t -> t.slipDays() != null).sorted(Comparator.comparing(t -> t, MilestoneOrder.SLIP)).toList());
	}

	TableViewer viewer() {
		return viewer;
	}
}
