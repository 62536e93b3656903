package org.tandem.model.internal;

import java.time.Instant;
import java.time.LocalDate;

/** How dates and instants are written in Tandem's files: ISO 8601 ({@code 2026-05-04}, {@code 2026-05-04T08:30:00Z}). */
public final class IsoValues {

	private IsoValues() {
	}

	public static LocalDate parseDate(String text) {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
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
