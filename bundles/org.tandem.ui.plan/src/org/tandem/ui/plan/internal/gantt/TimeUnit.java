package org.tandem.ui.plan.internal.gantt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.tandem.ui.plan.internal.Messages;

/** A step of the timeline (week, month, quarter, year): where one begins, the next, and its label. */
enum TimeUnit {
	WEEK, MONTH, QUARTER, YEAR;

	/** The first day of the unit that holds {@code day}. */
	LocalDate floor(LocalDate day) {
		return switch (this) {
			case WEEK -> day.with(DayOfWeek.MONDAY);
			case MONTH -> day.withDayOfMonth(1);
			case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
			case YEAR -> LocalDate.of(day.getYear(), 1, 1);
		};
	}

	/** The first day of the next unit. */
	LocalDate next(LocalDate first) {
		return switch (this) {
			case WEEK -> first.plusWeeks(1);
			case MONTH -> first.plusMonths(1);
			case QUARTER -> first.plusMonths(3);
			case YEAR -> first.plusYears(1);
		};
	}

	/** The label of the unit that begins on {@code first}, in the reader's language. */
	String label(LocalDate first, Locale locale) {
		return switch (this) {
			case WEEK -> NLS.bind(Messages.header_week, first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> DateTimeFormatter.ofPattern("MMM", locale).format(first); //$NON-NLS-1$
			case QUARTER -> NLS.bind(Messages.header_quarter, first.get(IsoFields.QUARTER_OF_YEAR));
			case YEAR -> String.valueOf(first.getYear());
		};
	}

	/** The label of a coarser unit that gives the context of this one (a week's month, a month's year). */
	String contextLabel(LocalDate first, Locale locale) {
		return this == MONTH ? DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(first) : String.valueOf(first.getYear()); //$NON-NLS-1$
	}

	/** The unit of the timeline's lower row at {@code zoom}. */
	static TimeUnit of(Zoom zoom) {
		return switch (zoom) {
			case WEEK -> WEEK;
			case MONTH -> MONTH;
			case QUARTER -> QUARTER;
			case YEAR -> YEAR;
		};
	}

	/** The unit of the upper row, or null when there is none. */
	TimeUnit coarser() {
		return switch (this) {
			case WEEK -> MONTH;
			case MONTH, QUARTER -> YEAR;
			case YEAR -> null;
		};
	}
}
