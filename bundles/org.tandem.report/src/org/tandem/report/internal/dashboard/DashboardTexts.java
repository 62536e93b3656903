package org.tandem.report.internal.dashboard;

import java.time.LocalDate;
import java.util.Locale;

import org.tandem.core.api.milestones.MilestoneState;
import org.tandem.core.api.milestones.TrafficLight;
import org.tandem.model.api.ActivityKind;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Person;
import org.tandem.report.internal.ReportTexts;

/**
 * A dashboard's words in one language, for views that show it outside the HTML page: texts people
 * wrote (in that language, else their original), people's names, dates, figures, shares, slips,
 * milestone states, traffic lights and kinds of activity.
 */
public final class DashboardTexts {

	private final ReportTexts texts;

	/** The words in the language of {@code language} (de, zh, en; others get English). */
	public DashboardTexts(Locale language) {
		texts = new ReportTexts(language);
	}

	public String text(LocalizedText text) {
		return texts.text(text);
	}

	public String person(Person person) {
		return texts.person(person);
	}

	public String date(LocalDate day) {
		return texts.date(day);
	}

	/** A span of days, or the one day. */
	public String period(LocalDate start, LocalDate finish) {
		return texts.period(start, finish);
	}

	public String number(double value) {
		return texts.number(value);
	}

	public String percent(double share) {
		return texts.percent(share);
	}

	public String slip(Long days) {
		return texts.slip(days);
	}

	public String of(MilestoneState state) {
		return texts.names().of(state);
	}

	public String of(TrafficLight light) {
		return texts.names().of(light);
	}

	public String of(ActivityKind kind) {
		return kind == null ? "" : texts.get("dashboard.kind." + kind.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
