package org.tandem.ui.dashboard.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.tandem.model.api.Activity;
import org.tandem.report.internal.dashboard.DashboardTexts;
import org.tandem.report.internal.dashboard.PartnershipDashboard;

/** The dashboard's latest activities, newest first: date, kind, name and place. */
final class ActivityView {

	private Table table;

	ActivityView(Composite parent, PartnershipDashboard dashboard, DashboardTexts texts) {
		Widgets.heading(parent, Messages.activities, 2);
		if (dashboard.recent().isEmpty()) {
			Widgets.note(parent, Messages.activities_none);
			return;
		}
		table = Widgets.table(parent, Messages.column_date, Messages.column_kind, Messages.column_activity, Messages.column_place);
		for (Activity activity : dashboard.recent()) {
			Widgets.row(table, texts.period(activity.getStart(), activity.getFinish()), texts.of(activity.getKind()), texts.text(activity.getName()), texts.text(activity.getPlace())).setData(activity);
		}
		Widgets.pack(table);
	}

	Table table() {
		return table;
	}
}
