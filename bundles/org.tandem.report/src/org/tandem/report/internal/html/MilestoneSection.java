package org.tandem.report.internal.html;

import java.util.List;

import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.report.internal.ReportTexts;
import org.tandem.report.internal.dashboard.MilestoneCounts;
import org.tandem.report.internal.dashboard.PartnershipDashboard;

/** The dashboard's milestones: tiles with the counts, the traffic-light bar, and tables of the overdue and the next milestones. */
final class MilestoneSection {

	private final Html html;
	private final ReportTexts texts;

	MilestoneSection(Html html, ReportTexts texts) {
		this.html = html;
		this.texts = texts;
	}

	void write(PartnershipDashboard dashboard) {
		MilestoneCounts counts = dashboard.counts();
		html.open("section", "id", "milestones"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("h2", texts.get("dashboard.milestones")); //$NON-NLS-1$ //$NON-NLS-2$
		html.open("ul", "class", "tiles"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		tile("total", counts.total()); //$NON-NLS-1$
		tile("done", counts.done()); //$NON-NLS-1$
		tile("overdue", counts.overdue()); //$NON-NLS-1$
		tile("due30", counts.dueWithin30()); //$NON-NLS-1$
		tile("slipped", counts.slipped()); //$NON-NLS-1$
		html.close("ul"); //$NON-NLS-1$
		String lights = texts.get("dashboard.lights", counts.red(), counts.amber(), counts.green()); //$NON-NLS-1$
		LightBar.write(html, counts, lights);
		html.element("p", lights, "class", "muted"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		table("overdue", dashboard.overdue()); //$NON-NLS-1$
		table("next", dashboard.next()); //$NON-NLS-1$
		html.close("section"); //$NON-NLS-1$
	}

	private void tile(String key, long count) {
		html.open("li", "class", key).element("b", String.valueOf(count)).text(texts.get("dashboard.tile." + key)).close("li"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private void table(String key, List<TrackedMilestone> milestones) {
		html.element("h3", texts.get("dashboard." + key)); //$NON-NLS-1$ //$NON-NLS-2$
		if (milestones.isEmpty()) {
			html.element("p", texts.get("dashboard." + key + ".none"), "class", "muted"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			return;
		}
		html.open("table", "class", key).open("thead").open("tr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (String column : new String[] { "light", "milestone", "taskGroup", "responsible", "planned", "slip", "status" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			html.element("th", texts.get("column." + column), "scope", "col"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		html.close("tr").close("thead").open("tbody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (TrackedMilestone milestone : milestones) {
			html.open("tr").open("td").element("span", "", "class", "lamp " + milestone.light().name()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
					.text(texts.names().of(milestone.light())).close("td"); //$NON-NLS-1$
			html.element("td", texts.text(milestone.milestone().getName())); //$NON-NLS-1$
			html.element("td", milestone.taskGroup() == null ? "" : texts.text(milestone.taskGroup().getName())); //$NON-NLS-1$ //$NON-NLS-2$
			html.element("td", texts.person(milestone.responsible())); //$NON-NLS-1$
			html.element("td", texts.date(milestone.planned())); //$NON-NLS-1$
			html.element("td", texts.slip(milestone.slipDays()), "class", "slip"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			html.element("td", texts.names().of(milestone.state())).close("tr"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.close("tbody").close("table"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
