package org.tandem.core.internal.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.tandem.model.api.Milestone;

/**
 * How a task group stands on a given day: its open milestones, those of them that are late, and
 * the day of its last activity (visit, talk, workshop or event) on or before that day.
 */
public record TaskGroupHealth(List<Milestone> open, List<Milestone> late, Optional<LocalDate> lastActivity) {

	public TaskGroupHealth {
		open = List.copyOf(open);
		late = List.copyOf(late);
	}
}
