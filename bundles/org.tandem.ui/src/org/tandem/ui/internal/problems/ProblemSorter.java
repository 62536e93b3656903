package org.tandem.ui.internal.problems;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;

/**
 * The order of the problems table: by one column, ascending or descending, then by the other
 * columns; at first the most severe problems come first.
 */
final class ProblemSorter extends ViewerComparator {

	/** The sort key of each column, in the order of the columns. */
	private final List<Function<Problem, String>> keys;
	private int column;
	private int direction = SWT.DOWN;

	ProblemSorter(List<Function<Problem, String>> keys) {
		this.keys = keys;
	}

	/** Sorts by {@code index}; the same column again turns the direction around. */
	void sortBy(int index) {
		direction = index != column || direction == SWT.DOWN ? SWT.UP : SWT.DOWN;
		column = index;
	}

	int column() {
		return column;
	}

	int direction() {
		return direction;
	}

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		Comparator<Problem> order = Comparator.comparing(keys.get(column), String.CASE_INSENSITIVE_ORDER);
		if (column == 0) {
			order = Comparator.comparingInt(Problem::severity);
		}
		if (direction == SWT.DOWN) {
			order = order.reversed();
		}
		for (int i = 0; i < keys.size(); i++) {
			if (i != column && i != 0) {
				order = order.thenComparing(keys.get(i), String.CASE_INSENSITIVE_ORDER);
			}
		}
		return order.compare((Problem) a, (Problem) b);
	}
}
