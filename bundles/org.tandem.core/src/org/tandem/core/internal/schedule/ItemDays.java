package org.tandem.core.internal.schedule;

import java.time.LocalDate;

import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;

/**
 * How scheduling counts days. Plans hold calendar days, and a task's finish is its last day
 * (inclusive), as validation and the demo plans read it: a task from 1 to 30 September lasts 30
 * days, and its finish-to-start successor with no lag starts on 1 October. Scheduling therefore
 * works on day boundaries (epoch days): a task runs from the start of its first day to the end of
 * its last, {@code finish + 1}; a milestone is a point at the end of its day, so a task that
 * finishes on the day a milestone is due meets it, and a finish-to-start successor of the
 * milestone starts the next day. Lags are calendar days, negative for a lead.
 */
final class ItemDays {

	private ItemDays() {
	}

	/** Whether the item has the dates that scheduling needs: a task its start and finish, a milestone its planned day. */
	static boolean dated(PlanItem item) {
		return switch (item) {
		case Task task -> task.getStart() != null && task.getFinish() != null;
		case Milestone milestone -> milestone.getPlanned() != null;
		default -> false;
		};
	}

	/** The boundary at which a dated task or milestone begins. */
	static long begin(PlanItem item) {
		return item instanceof Task task ? task.getStart().toEpochDay() : ((Milestone) item).getPlanned().toEpochDay() + 1;
	}

	/** Days from begin to end: a task's days (at least one, even when its finish lies before its start), 0 for a milestone. */
	static int duration(PlanItem item) {
		if (item instanceof Task task) {
			return (int) Math.max(1, task.getFinish().toEpochDay() - task.getStart().toEpochDay() + 1);
		}
		return 0;
	}

	/** The first day of an item that begins at {@code begin} and lasts {@code duration} days (a milestone's own day). */
	static LocalDate firstDay(long begin, int duration) {
		return LocalDate.ofEpochDay(duration == 0 ? begin - 1 : begin);
	}

	/** The last day of such an item (a milestone's own day). */
	static LocalDate lastDay(long begin, int duration) {
		return LocalDate.ofEpochDay(begin + duration - 1);
	}
}
