package org.tandem.model.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/** How dates and instants are written in Tandem's files: ISO 8601 ({@code 2026-05-04}, {@code 2026-05-04T08:30:00Z}). */
public final class IsoValues {

	private IsoValues() {
	}

	public static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String date = text.strip();
		// the form that Tandem writes, without the cost of a DateTimeFormatter; anything else as before
		if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
			int year = digits(date, 0, 4);
			int month = digits(date, 5, 7);
			int day = digits(date, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				try {
					return LocalDate.of(year, month, day);
				} catch (DateTimeException noSuchDay) {
					// LocalDate.parse says what is wrong
				}
			}
		}
		return LocalDate.parse(date);
	}

	/** The number that the ASCII digits from {@code start} to {@code end} make, or -1 if one is not a digit. */
	private static int digits(String text, int start, int end) {
		int value = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	public static String formatDate(Object date) {
		return date == null ? null : ((LocalDate) date).toString();
	}

	public static Instant parseInstant(String text) {
		return text == null || text.isBlank() ? null : Instant.parse(text.strip());
	}

	public static String formatInstant(Object instant) {
		return instant == null ? null : ((Instant) instant).toString();
	}
}
