package org.tandem.ui.milestones.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/** The day the last milestone reminder was shown, kept in the workspace's preferences. */
final class ReminderLog {

	static final String NODE = "org.tandem.ui.milestones"; //$NON-NLS-1$
	private static final String LAST = "lastReminder"; //$NON-NLS-1$

	private final IEclipsePreferences node;

	ReminderLog(IEclipsePreferences node) {
		this.node = node;
	}

	/** The day of the last reminder, null when there was none (or the entry cannot be read). */
	LocalDate lastShown() {
		String value = node.get(LAST, null);
		try {
			return value == null ? null : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	void shown(LocalDate day) {
		node.put(LAST, day.toString());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the reminder then comes again at the next start, which does no harm
		}
	}
}
