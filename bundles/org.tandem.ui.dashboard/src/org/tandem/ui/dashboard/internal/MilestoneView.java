package org.tandem.ui.dashboard.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.report.internal.dashboard.DashboardTexts;
import org.tandem.report.internal.dashboard.MilestoneCounts;
import org.tandem.report.internal.dashboard.PartnershipDashboard;

/** The dashboard's milestones: counts as tiles, the traffic-light bar, and tables of the overdue and the next milestones. */
final class MilestoneView {

	private final DashboardTexts texts;
	private Table overdue;
	private Table next;

	MilestoneView(Composite parent, PartnershipDashboard dashboard, DashboardTexts texts) {
		this.texts = texts;
		MilestoneCounts counts = dashboard.counts();
		Widgets.heading(parent, Messages.milestones, 2);
		Composite tiles = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).equalWidth(true).spacing(8, 0).applyTo(tiles);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tiles);
		tile(tiles, counts.total(), Messages.tile_total);
		tile(tiles, counts.done(), Messages.tile_done);
		tile(tiles, counts.overdue(), Messages.tile_overdue);
		tile(tiles, counts.dueWithin30(), Messages.tile_due30);
		tile(tiles, counts.slipped(), Messages.tile_slipped);
		if (counts.total() > 0) {
			LightBarCanvas bar = new LightBarCanvas(parent, counts);
			GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(bar.control());
		}
		Widgets.note(parent, NLS.bind(Messages.lights, new Object[] { counts.red(), counts.amber(), counts.green() }));
		Widgets.heading(parent, Messages.overdue, 1);
		overdue = table(parent, dashboard.overdue(), Messages.overdue_none);
		Widgets.heading(parent, Messages.next, 1);
		next = table(parent, dashboard.next(), Messages.next_none);
	}

	private static void tile(Composite tiles, long count, String caption) {
		Composite tile = new Composite(tiles, SWT.BORDER);
		GridLayoutFactory.swtDefaults().margins(8, 4).applyTo(tile);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tile);
		Label number = new Label(tile, SWT.NONE);
		number.setText(String.valueOf(count));
		number.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
		Label text = new Label(tile, SWT.WRAP);
		text.setText(caption);
		GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(text);
	}

	/** A table of {@code milestones}; null and a note when there are none. */
	private Table table(Composite parent, List<TrackedMilestone> milestones, String none) {
		if (milestones.isEmpty()) {
			Widgets.note(parent, none);
			return null;
		}
		Table table = Widgets.table(parent, Messages.column_light, Messages.column_milestone, Messages.column_taskGroup, Messages.column_responsible,
				Messages.column_planned, Messages.column_slip, Messages.column_status);
		for (TrackedMilestone milestone : milestones) {
			TableItem item = Widgets.row(table, "\u25cf " + texts.of(milestone.light()), texts.text(milestone.milestone().getName()), //$NON-NLS-1$
					milestone.taskGroup() == null ? "" : texts.text(milestone.taskGroup().getName()), texts.person(milestone.responsible()), //$NON-NLS-1$
					texts.date(milestone.planned()), texts.slip(milestone.slipDays()), texts.of(milestone.state()));
			item.setForeground(0, Lights.colour(milestone.light()));
			item.setData(milestone);
		}
		Widgets.pack(table);
		return table;
	}

	Table overdue() {
		return overdue;
	}

	Table next() {
		return next;
	}
}
