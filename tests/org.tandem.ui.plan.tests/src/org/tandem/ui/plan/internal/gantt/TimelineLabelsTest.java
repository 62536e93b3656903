package org.tandem.ui.plan.internal.gantt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the timeline puts a period's label (a year, a month) as the chart scrolls. */
class TimelineLabelsTest {

	private static final int TEXT = 30;

	@Test
	void aPeriodInViewHasItsLabelAtItsStart() {
		assertEquals(103, TimelinePainter.labelX(100, 200, TEXT));
	}

	@Test
	void aPeriodScrolledPartlyOffKeepsItsLabelAtTheLeftEdgeUntilTheNextPeriodPushesIt() {
		assertEquals(3, TimelinePainter.labelX(-500, 120, TEXT));
		assertEquals(2, TimelinePainter.labelX(-500, 35, TEXT), "kept clear of the next period's line");
	}

	@Test
	void aVisibleSliceTooNarrowForTheLabelShowsNoneRatherThanAClippedOne() {
		assertEquals(-1, TimelinePainter.labelX(-500, 20, TEXT), "only 20 px of the year are in view");
		assertEquals(-1, TimelinePainter.labelX(100, 120, TEXT), "a period narrower than its label");
	}
}
