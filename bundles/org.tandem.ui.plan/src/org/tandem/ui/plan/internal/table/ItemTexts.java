package org.tandem.ui.plan.internal.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.core.internal.schedule.Schedule;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.ui.plan.internal.Messages;
import org.tandem.ui.plan.internal.model.PlanDates;

/** What each column of the table shows for a plan item, in the reader's language; the float comes from the plan's latest {@link Schedule}. */
public final class ItemTexts {

	private final String language;
	private final DateTimeFormatter dates;
	private final LocalDate today;
	private Schedule schedule;

	public ItemTexts(Locale locale, LocalDate today) {
		this.language = locale.getLanguage();
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		this.today = today;
	}

	/** The schedule whose float the table shows (null: none, as when the links go round in a circle). */
	public void setSchedule(Schedule schedule) {
		this.schedule = schedule;
	}

	public String language() {
		return language;
	}

	/** The texts of all columns. */
	public String[] row(PlanItem item) {
		PlanColumn[] columns = PlanColumn.values();
		String[] texts = new String[columns.length];
		for (PlanColumn column : columns) {
			texts[column.ordinal()] = text(item, column);
		}
		return texts;
	}

	public String text(PlanItem item, PlanColumn column) {
		return switch (column) {
			case NAME -> name(item);
			case RESPONSIBLE -> person(item.getResponsible());
			case START -> date(PlanDates.start(item));
			case FINISH -> date(PlanDates.finish(item));
			case DURATION -> item instanceof Milestone || PlanDates.start(item) == null ? "" : NLS.bind(Messages.duration_days, PlanDates.duration(item)); //$NON-NLS-1$
			case PROGRESS -> item instanceof Milestone ? "" : NLS.bind(Messages.progress_percent, PlanDates.progress(item)); //$NON-NLS-1$
			case STATUS -> status(item);
			case FLOAT -> schedule == null || !schedule.isScheduled(item) ? "" : NLS.bind(Messages.float_days, schedule.totalFloat(item)); //$NON-NLS-1$
		};
	}

	/** The name of an item (or of the plan) in the reader's language, else in the original one. */
	public String name(EObject element) {
		return TextCommands.nameOf(element).map(feature -> TextCommands.text(element, feature, language)).orElse(""); //$NON-NLS-1$
	}

	public String date(LocalDate date) {
		return date == null ? "" : dates.format(date); //$NON-NLS-1$
	}

	/** A person's name in the reader's script: the native one for Chinese readers, else the Latin one. */
	public String person(Person person) {
		if (person == null) {
			return ""; //$NON-NLS-1$
		}
		String nativeName = person.getNativeName();
		String latinName = person.getLatinName();
		if ("zh".equals(language) && nativeName != null && !nativeName.isBlank()) { //$NON-NLS-1$
			return nativeName;
		}
		return latinName != null && !latinName.isBlank() ? latinName : nativeName == null ? "" : nativeName; //$NON-NLS-1$
	}

	/** The label of a milestone's status. */
	public static String status(MilestoneStatus status) {
		return switch (status) {
			case OPEN -> Messages.status_open;
			case DONE -> Messages.status_done;
			case CANCELLED -> Messages.status_cancelled;
		};
	}

	private String status(PlanItem item) {
		LocalDate finish = PlanDates.finish(item);
		if (item instanceof Milestone milestone) {
			boolean late = milestone.getStatus() == MilestoneStatus.OPEN && finish != null && finish.isBefore(today);
			return late ? Messages.status_late : status(milestone.getStatus());
		}
		int progress = PlanDates.progress(item);
		if (progress >= 100) {
			return Messages.status_done;
		}
		if (finish != null && finish.isBefore(today)) {
			return Messages.status_late;
		}
		return progress > 0 || item instanceof Task && PlanDates.start(item) != null && !PlanDates.start(item).isAfter(today)
				? Messages.status_inProgress : Messages.status_notStarted;
	}
}
