package org.tandem.io.internal.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tandem.core.internal.imports.RawTable;
import org.tandem.io.internal.Messages;
import org.tandem.io.internal.People;
import org.tandem.io.internal.Texts;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;

/**
 * One line of a table read back, checked: what is wrong with it is collected as sentences that
 * name the line and the column, and the line then gives no element.
 */
final class TableRow {

	private final int line;
	private final List<String> cells;
	private final Map<Column, Integer> positions;
	private final Vocabulary words;
	private final List<String> problems;
	private final Texts texts;

	TableRow(RawTable.Row line, Map<Column, Integer> positions, Vocabulary words, Texts texts, List<String> problems) {
		this.texts = texts;
		this.line = line.line();
		this.cells = line.cells();
		this.positions = positions;
		this.words = words;
		this.problems = problems;
	}

	String text(Column column) {
		Integer position = positions.get(column);
		return position == null || position.intValue() >= cells.size() ? "" : cells.get(position.intValue()).strip(); //$NON-NLS-1$
	}

	/** The task or milestone of the line, or null when the line has problems (then added to the list). */
	PlanItem item() {
		int before = problems.size();
		String kind = words.kind(text(Column.KIND));
		if (kind == null) {
			problems.add(NLS.bind(Messages.csvBadKind, new Object[] { line, words.header(Column.KIND), text(Column.KIND), words.kinds() }));
		}
		String name = text(Column.NAME);
		if (name.isEmpty()) {
			problems.add(NLS.bind(Messages.csvNoName, line, words.header(Column.NAME)));
		}
		LocalDate start = date(Column.START);
		LocalDate finish = date(Column.FINISH);
		LocalDate actual = date(Column.ACTUAL);
		Integer progress = progress();
		MilestoneStatus status = status();
		if (problems.size() > before) {
			return null;
		}
		PlanItem item = Vocabulary.TASK.equals(kind) ? task(start, finish, progress) : milestone(start, finish, status, actual);
		if (item != null) {
			item.setName(texts.read(name));
			String responsible = text(Column.RESPONSIBLE);
			item.setResponsible(responsible.isEmpty() ? null : People.placeholder(responsible));
		}
		return item;
	}

	private Task task(LocalDate start, LocalDate finish, Integer progress) {
		if (start == null || finish == null) {
			problems.add(NLS.bind(Messages.csvNeedsDates, new Object[] { line, words.header(Column.START), words.header(Column.FINISH) }));
			return null;
		}
		if (finish.isBefore(start)) {
			problems.add(NLS.bind(Messages.csvFinishBeforeStart, new Object[] { line, words.header(Column.START), words.header(Column.FINISH) }));
			return null;
		}
		Task task = TandemFactory.eINSTANCE.createTask();
		task.setStart(start);
		task.setFinish(finish);
		task.setProgress(progress == null ? 0 : progress.intValue());
		return task;
	}

	private Milestone milestone(LocalDate start, LocalDate finish, MilestoneStatus status, LocalDate actual) {
		LocalDate planned = finish != null ? finish : start;
		if (planned == null) {
			problems.add(NLS.bind(Messages.csvNeedsDates, new Object[] { line, words.header(Column.START), words.header(Column.FINISH) }));
			return null;
		}
		Milestone milestone = TandemFactory.eINSTANCE.createMilestone();
		milestone.setPlanned(planned);
		milestone.setStatus(status == null ? MilestoneStatus.OPEN : status);
		milestone.setActual(actual);
		return milestone;
	}

	private LocalDate date(Column column) {
		String value = text(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			problems.add(NLS.bind(Messages.csvBadDate, new Object[] { line, words.header(column), value }));
			return null;
		}
	}

	private Integer progress() {
		String value = text(Column.PROGRESS).replace("%", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (value.isEmpty()) {
			return null;
		}
		try {
			int progress = Integer.parseInt(value);
			if (progress >= 0 && progress <= 100) {
				return Integer.valueOf(progress);
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		problems.add(NLS.bind(Messages.csvBadNumber, new Object[] { line, words.header(Column.PROGRESS), text(Column.PROGRESS) }));
		return null;
	}

	private MilestoneStatus status() {
		String value = text(Column.STATUS);
		if (value.isEmpty()) {
			return null;
		}
		MilestoneStatus status = words.status(value);
		if (status == null) {
			problems.add(NLS.bind(Messages.csvBadStatus, new Object[] { line, words.header(Column.STATUS), value, words.statuses() }));
		}
		return status;
	}
}
