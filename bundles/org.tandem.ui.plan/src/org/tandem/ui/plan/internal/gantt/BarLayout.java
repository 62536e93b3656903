package org.tandem.ui.plan.internal.gantt;

import java.time.LocalDate;
import java.util.Optional;

import org.tandem.model.api.BaselineDate;
import org.tandem.model.api.PlanItem;
import org.tandem.ui.plan.internal.model.PlanDates;

/** Puts items' bars on a time scale: their own dates, or the dates a drag in progress proposes. */
final class BarLayout {

	private final TimeScale scale;
	private final Preview preview;

	/** Dates proposed for one item while it is dragged. */
	record Preview(PlanItem item, LocalDate start, LocalDate finish) {
	}

	BarLayout(TimeScale scale, Preview preview) {
		this.scale = scale;
		this.preview = preview;
	}

	TimeScale scale() {
		return scale;
	}

	/** The bar of {@code item} in {@code row}, if it has dates. */
	Optional<Bar> bar(PlanItem item, Row row) {
		LocalDate start = preview != null && preview.item() == item ? preview.start() : PlanDates.start(item);
		LocalDate finish = preview != null && preview.item() == item ? preview.finish() : PlanDates.finish(item);
		if (start == null || finish == null) {
			return Optional.empty();
		}
		return Optional.of(Bar.of(item, scale.x(start), scale.xEnd(finish), row));
	}

	/** The ghost bar of a baseline's dates in {@code row}. */
	Optional<Bar> ghost(BaselineDate dates, Row row) {
		LocalDate start = dates.getStart() != null ? dates.getStart() : dates.getFinish();
		LocalDate finish = dates.getFinish() != null ? dates.getFinish() : dates.getStart();
		if (start == null) {
			return Optional.empty();
		}
		return Optional.of(Bar.of((PlanItem) dates.eContainer(), scale.x(start), scale.xEnd(finish), row));
	}
}
