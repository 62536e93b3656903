package org.tandem.ui.plan.internal.table;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;
import org.tandem.ui.plan.internal.Messages;
import org.tandem.ui.plan.internal.PlanEdits;
import org.tandem.ui.plan.internal.model.PlanDates;

/**
 * The control that edits one cell in place, by column: a text field for the name, a list of
 * people, a date picker for start and finish, a number field for duration and progress, a list of
 * states for a milestone. Cells that follow from others (a work package's dates) have none.
 */
final class CellEditors {

	/** An editor in a cell: its control, and what applying its value does. */
	interface Cell {
		Control control();

		void apply();
	}

	private final PlanEdits edits;
	private final ItemTexts texts;
	private final List<Person> people;

	CellEditors(PlanEdits edits, ItemTexts texts, List<Person> people) {
		this.edits = edits;
		this.texts = texts;
		this.people = people;
	}

	/** Whether the cell can be edited. */
	static boolean editable(PlanItem item, PlanColumn column) {
		return switch (column) {
			case NAME, RESPONSIBLE -> true;
			case START -> PlanDates.start(item) != null;
			case FINISH -> !(item instanceof WorkPackage);
			case DURATION, PROGRESS -> item instanceof Task;
			case STATUS -> item instanceof Milestone;
			case FLOAT -> false;
		};
	}

	Cell create(Composite parent, PlanItem item, PlanColumn column) {
		return switch (column) {
			case NAME -> name(parent, item);
			case RESPONSIBLE -> responsible(parent, item);
			case START -> date(parent, PlanDates.start(item), day -> edits.setStart(item, day));
			case FINISH -> date(parent, PlanDates.finish(item) != null ? PlanDates.finish(item) : LocalDate.now(), day -> edits.setFinish(item, day));
			case DURATION -> number(parent, (int) PlanDates.duration(item), 1, 100_000, days -> edits.setDuration(item, days));
			case PROGRESS -> number(parent, ((Task) item).getProgress(), 0, 100, percent -> edits.setProgress((Task) item, percent));
			case STATUS -> status(parent, (Milestone) item);
			case FLOAT -> throw new IllegalArgumentException("the float is computed, not edited"); //$NON-NLS-1$
		};
	}

	private Cell name(Composite parent, PlanItem item) {
		Text text = new Text(parent, SWT.SINGLE);
		text.setText(texts.name(item));
		text.selectAll();
		return cell(text, () -> {
			String name = text.getText().strip();
			if (!name.isEmpty()) {
				edits.rename(item, name);
			}
		});
	}

	private Cell responsible(Composite parent, PlanItem item) {
		CCombo combo = new CCombo(parent, SWT.READ_ONLY | SWT.FLAT);
		combo.add(Messages.responsible_none);
		people.forEach(person -> combo.add(texts.person(person)));
		combo.select(people.indexOf(item.getResponsible()) + 1);
		return cell(combo, () -> edits.setResponsible(item, combo.getSelectionIndex() <= 0 ? null : people.get(combo.getSelectionIndex() - 1)));
	}

	private Cell status(Composite parent, Milestone milestone) {
		CCombo combo = new CCombo(parent, SWT.READ_ONLY | SWT.FLAT);
		for (MilestoneStatus status : MilestoneStatus.VALUES) {
			combo.add(ItemTexts.status(status));
		}
		combo.select(milestone.getStatus().ordinal());
		return cell(combo, () -> edits.setStatus(milestone, MilestoneStatus.VALUES.get(Math.max(0, combo.getSelectionIndex()))));
	}

	private static Cell date(Composite parent, LocalDate value, Consumer<LocalDate> apply) {
		DateTime picker = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
		LocalDate day = value == null ? LocalDate.now() : value;
		picker.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		return cell(picker, () -> apply.accept(LocalDate.of(picker.getYear(), picker.getMonth() + 1, picker.getDay())));
	}

	private static Cell number(Composite parent, int value, int minimum, int maximum, IntConsumer apply) {
		Spinner spinner = new Spinner(parent, SWT.NONE);
		spinner.setValues(value, minimum, maximum, 0, 1, 10);
		return cell(spinner, () -> apply.accept(spinner.getSelection()));
	}

	private static Cell cell(Control control, Runnable apply) {
		return new Cell() {
			@Override
			public Control control() {
				return control;
			}

			@Override
			public void apply() {
				apply.run();
			}
		};
	}
}
