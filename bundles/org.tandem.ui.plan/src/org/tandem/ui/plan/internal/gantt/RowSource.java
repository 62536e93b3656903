package org.tandem.ui.plan.internal.gantt;

import java.util.List;
import java.util.Optional;

import org.tandem.model.api.PlanItem;

/** Where the chart's rows come from: the table beside it, so that both show the same rows at the same height. */
public interface RowSource {

	/** The rows that can be seen now, top to bottom. */
	List<Row> visibleRows();

	/** The row of {@code item}, seen or not, when the table shows it (its work packages are expanded). */
	Optional<Row> rowOf(PlanItem item);

	/** The height of the table's header, which the chart's timeline matches. */
	int headerHeight();

	/** Scrolls the table by {@code rows} rows (negative: up). */
	void scroll(int rows);
}
