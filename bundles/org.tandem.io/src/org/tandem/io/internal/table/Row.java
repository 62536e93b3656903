package org.tandem.io.internal.table;

import java.time.LocalDate;

/**
 * One task or milestone as a table row: texts already in the chosen language, dates and progress
 * as values (a milestone's start and finish are its planned day; progress is empty for it).
 */
record Row(String id, String kind, String name, String workPackage, LocalDate start, LocalDate finish, Integer progress,
		String status, LocalDate actual, String responsible, String plan) {

	/** The value of {@code column}: a string, a date, a number or null. */
	Object value(Column column) {
		return switch (column) {
		case ID -> id;
		case KIND -> kind;
		case NAME -> name;
		case WORK_PACKAGE -> workPackage;
		case START -> start;
		case FINISH -> finish;
		case PROGRESS -> progress;
		case STATUS -> status;
		case ACTUAL -> actual;
		case RESPONSIBLE -> responsible;
		case PLAN -> plan;
		};
	}
}
