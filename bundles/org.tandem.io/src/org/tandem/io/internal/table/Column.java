package org.tandem.io.internal.table;

import java.util.Locale;

import org.tandem.io.internal.Labels;

/** The columns of a table of tasks and milestones, in the order they are written. */
enum Column {
	ID, KIND, NAME, WORK_PACKAGE, START, FINISH, PROGRESS, STATUS, ACTUAL, RESPONSIBLE, PLAN;

	/** The header of the column in the labels' language. */
	String header(Labels labels) {
		return labels.get("column." + key()); //$NON-NLS-1$
	}

	/** The key of the column's header in the labels, for example {@code workPackage}. */
	String key() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_"); //$NON-NLS-1$
		StringBuilder key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}
}
