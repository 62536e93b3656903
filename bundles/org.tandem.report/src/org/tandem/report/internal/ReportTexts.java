package org.tandem.report.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.tandem.core.milestones.StatusNames;
import org.tandem.model.LocalizedText;
import org.tandem.model.Person;

/**
 * The report's words in the language it is written in (en, de or zh, whatever the reader's own):
 * headings from {@code report*.properties}, status names from core, dates in that language's
 * short form, and texts people wrote in that language, else their original.
 */
final class ReportTexts {

	private final Locale locale;
	private final ResourceBundle bundle;
	private final StatusNames names;
	private final DateTimeFormatter dates;

	ReportTexts(Locale locale) {
		this.locale = locale;
		bundle = ResourceBundle.getBundle("org.tandem.report.internal.report", locale, ReportTexts.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		names = new StatusNames(locale);
		dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
	}

	String get(String key, Object... arguments) {
		String pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	StatusNames names() {
		return names;
	}

	String date(LocalDate day) {
		return day == null ? "" : dates.format(day); //$NON-NLS-1$
	}

	String text(LocalizedText text) {
		String value = text == null ? null : text.getTextOrOriginal(locale.getLanguage());
		return value == null ? "" : value; //$NON-NLS-1$
	}

	/** A person's name in the native script for Chinese readers, else in Latin letters (whichever the person has). */
	String person(Person person) {
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

	/** A slip with its sign, in days; empty when not known. */
	String slip(Long days) {
		return days == null ? "" : get("slip", days > 0 ? "+" + days : String.valueOf(days)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
