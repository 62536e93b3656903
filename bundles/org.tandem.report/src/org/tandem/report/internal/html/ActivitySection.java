package org.tandem.report.internal.html;

import org.tandem.model.api.Activity;
import org.tandem.report.internal.ReportTexts;
import org.tandem.report.internal.dashboard.PartnershipDashboard;

/** The dashboard's latest activities, newest first: dates, kind, name and place. */
final class ActivitySection {

	private final Html html;
	private final ReportTexts texts;

	ActivitySection(Html html, ReportTexts texts) {
		this.html = html;
		this.texts = texts;
	}

	void write(PartnershipDashboard dashboard) {
		html.open("section", "id", "activities"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("h2", texts.get("dashboard.activities")); //$NON-NLS-1$ //$NON-NLS-2$
		if (dashboard.recent().isEmpty()) {
			html.element("p", texts.get("dashboard.activities.none"), "class", "muted"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} else {
			html.open("ul", "class", "activities"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			dashboard.recent().forEach(this::item);
			html.close("ul"); //$NON-NLS-1$
		}
		html.close("section"); //$NON-NLS-1$
	}

	private void item(Activity activity) {
		html.open("li").element("strong", texts.text(activity.getName())).empty("br").text(texts.period(activity.getStart(), activity.getFinish())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (activity.getKind() != null) {
			html.text(" \u00b7 " + texts.get("dashboard.kind." + activity.getKind().getName())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String place = texts.text(activity.getPlace());
		if (!place.isEmpty()) {
			html.text(" \u00b7 " + place); //$NON-NLS-1$
		}
		html.close("li"); //$NON-NLS-1$
	}
}
