package org.tandem.io.internal.table;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tandem.io.internal.Labels;
import org.tandem.model.api.MilestoneStatus;

/**
 * The words a table read back may use, in any of Tandem's languages: column headers, the kinds of
 * rows (task, milestone) and milestone statuses, matched without regard to case and spaces.
 */
final class Vocabulary {

	static final String TASK = "task"; //$NON-NLS-1$
	static final String MILESTONE = "milestone"; //$NON-NLS-1$

	private final Map<String, Column> columns = new HashMap<>();
	private final Map<String, String> kinds = new HashMap<>();
	private final Map<String, MilestoneStatus> statuses = new HashMap<>();
	private final Map<Column, String> shownHeaders = new EnumMap<>(Column.class);
	private final Set<String> shownKinds = new LinkedHashSet<>();
	private final Set<String> shownStatuses = new LinkedHashSet<>();

	Vocabulary(Locale shownIn) {
		Labels shown = new Labels(shownIn);
		for (String language : List.of("en", "de", "zh")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Labels labels = new Labels(Locale.forLanguageTag(language));
			for (Column column : Column.values()) {
				columns.put(key(column.header(labels)), column);
				columns.put(key(column.key()), column);
			}
			kinds.put(key(labels.get("kind.task")), TASK); //$NON-NLS-1$
			kinds.put(key(labels.get("kind.milestone")), MILESTONE); //$NON-NLS-1$
			for (MilestoneStatus status : MilestoneStatus.values()) {
				statuses.put(key(labels.get(statusKey(status))), status);
				statuses.put(key(status.getName()), status);
			}
		}
		for (Column column : Column.values()) {
			shownHeaders.put(column, column.header(shown));
		}
		shownKinds.add(shown.get("kind.task")); //$NON-NLS-1$
		shownKinds.add(shown.get("kind.milestone")); //$NON-NLS-1$
		for (MilestoneStatus status : MilestoneStatus.values()) {
			shownStatuses.add(shown.get(statusKey(status)));
		}
	}

	static String statusKey(MilestoneStatus status) {
		return "status." + status.getName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	Column column(String header) {
		return columns.get(key(header));
	}

	/** {@link #TASK}, {@link #MILESTONE} or null. */
	String kind(String value) {
		return kinds.get(key(value));
	}

	MilestoneStatus status(String value) {
		return statuses.get(key(value));
	}

	/** The header of {@code column} in the language messages are shown in. */
	String header(Column column) {
		return shownHeaders.get(column);
	}

	String kinds() {
		return String.join(", ", shownKinds); //$NON-NLS-1$
	}

	String statuses() {
		return String.join(", ", shownStatuses); //$NON-NLS-1$
	}

	private static String key(String word) {
		return word == null ? "" : word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
