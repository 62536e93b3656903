package org.tandem.report.internal;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.tandem.core.api.milestones.StatusNames;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Person;

/**
 * The report's words in the language it is written in (en, de or zh, whatever the reader's own):
 * headings from {@code report*.properties}, status names from core, dates in that language's
 * short form, and texts people wrote in that language, else their original.
 */
public final class ReportTexts {

	private final Locale locale;
	private final ResourceBundle bundle;
	private final StatusNames names;
	private final DateTimeFormatter dates;

	/** The words of a report written in the language of {@code locale}. */
	public ReportTexts(Locale locale) {
		this.locale = locale;
		bundle = ResourceBundle.getBundle("org.tandem.report.internal.report", locale, ReportTexts.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		names = new StatusNames(locale);
		dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
	}

	public String get(String key, Object... arguments) {
		String pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	public StatusNames names() {
		return names;
	}

	public String date(LocalDate day) {
		return day == null ? "" : dates.format(day); //$NON-NLS-1$
	}

	public String text(LocalizedText text) {
		String value = text == null ? null : text.getTextOrOriginal(locale.getLanguage());
		return value == null ? "" : value; //$NON-NLS-1$
	}

	/** A person's name in the native script for Chinese readers, else in Latin letters (whichever the person has). */
	public String person(Person person) {
		if (person == null) {
			return ""; //$NON-NLS-1$
		}
		String nativeName = person.getNativeName();
		String latin = person.getLatinName();
		boolean preferNative = "zh".equals(locale.getLanguage()); //$NON-NLS-1$
		String first = preferNative ? nativeName : latin;
		String second = preferNative ? latin : nativeName;
		return first != null && !first.isBlank() ? first : second == null ? "" : second; //$NON-NLS-1$
	}

	/** A span of days, {@code start – finish}, or the one day when they are the same or the finish is not known. */
	public String period(LocalDate start, LocalDate finish) {
		return finish == null || finish.equals(start) ? date(start) : date(start) + " \u2013 " + date(finish); //$NON-NLS-1$
	}

	/** The language the report is written in, as its code ("de", "zh", "en"). */
	public String language() {
		return locale.getLanguage();
	}

	/** A figure as the language writes it, with at most one decimal and digit grouping. */
	public String number(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 1);
		return format.format(value);
	}

	/** A share (0.25) as a whole percentage ("25 %" in German, "25%" in English and Chinese). */
	public String percent(double share) {
		return NumberFormat.getPercentInstance(locale).format(share);
	}

	/** A slip with its sign, in days; empty when not known. */
	public String slip(Long days) {
		return days == null ? "" : get("slip", days > 0 ? "+" + days : String.valueOf(days)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
