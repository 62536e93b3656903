package org.tandem.ui.partnership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.tandem.model.api.Activity;
import org.tandem.model.api.Partnership;

/**
 * The activities of a partnership (annual visits, expert talks, workshops, events) as a timeline:
 * a row per year, oldest first, and under it the year's activities in the order they began.
 * Activities without a first day come last, under their own row.
 */
final class Timeline {

	/** A year of the timeline ({@code null}: the activities without a date) and its activities. */
	record Year(Integer year, List<Activity> activities) {
	}

	private final Group group;
	private final TreeViewer viewer;

	Timeline(Composite parent, Texts texts) {
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.timeline_title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		viewer = Columns.tree(group);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 80).applyTo(viewer.getControl().getParent());
		ColumnLabelProvider named = Columns.named(texts);
		Columns.add(viewer, Messages.column_activity, 7, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Year year ? label(year) : named.getText(element);
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof Year ? null : named.getImage(element);
			}
		});
		Columns.add(viewer, Messages.column_date, 5, Columns.text(e -> e instanceof Activity a ? texts.range(a.getStart(), a.getFinish()) : "")); //$NON-NLS-1$
		Columns.add(viewer, Messages.column_kind, 3, Columns.text(e -> e instanceof Activity a ? texts.literal("ActivityKind", a.getKind()) : "")); //$NON-NLS-1$ //$NON-NLS-2$
		Columns.add(viewer, Messages.column_place, 3, Columns.text(e -> e instanceof Activity a ? texts.text(a.getPlace()) : "")); //$NON-NLS-1$
		viewer.setContentProvider(new Content());
	}

	/** The label of a year row (the activities' own labels come from their item providers). */
	static String label(Year year) {
		return year.year() == null ? Messages.timeline_undated : String.valueOf(year.year());
	}

	Group control() {
		return group;
	}

	TreeViewer viewer() {
		return viewer;
	}

	void show(Partnership partnership) {
		if (viewer.getInput() == partnership) {
			viewer.refresh();
		} else {
			viewer.setInput(partnership);
		}
		viewer.expandAll();
	}

	/** The years of {@code partnership}'s activities, each with its activities, in time order. */
	static List<Year> years(Partnership partnership) {
		Map<Integer, List<Activity>> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		partnership.getActivities().stream()
				.sorted(Comparator.comparing(Activity::getStart, Comparator.nullsLast(LocalDate::compareTo)))
				.forEach(a -> byYear.computeIfAbsent(a.getStart() == null ? null : a.getStart().getYear(), y -> new ArrayList<>()).add(a));
		return byYear.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue())).toList();
	}

	private static final class Content implements ITreeContentProvider {

		private List<Year> years = List.of();

		@Override
		public Object[] getElements(Object input) {
			years = input instanceof Partnership p ? years(p) : List.of();
			return years.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Year year ? year.activities().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return years.stream().filter(y -> y.activities().contains(element)).findFirst().orElse(null);
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Year;
		}
	}
}
