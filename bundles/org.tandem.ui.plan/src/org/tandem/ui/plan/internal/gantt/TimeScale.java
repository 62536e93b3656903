package org.tandem.ui.plan.internal.gantt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Maps days to x pixels and back: a first day at x 0 (before scrolling), a zoom, and how far the
 * chart is scrolled to the right.
 */
public final class TimeScale {

	private final LocalDate origin;
	private final Zoom zoom;
	private final int scroll;

	public TimeScale(LocalDate origin, Zoom zoom, int scroll) {
		this.origin = origin;
		this.zoom = zoom;
		this.scroll = scroll;
	}

	public LocalDate origin() {
		return origin;
	}

	public Zoom zoom() {
		return zoom;
	}

	/** The x of the start of {@code day}. */
	public int x(LocalDate day) {
		return (int) Math.round(ChronoUnit.DAYS.between(origin, day) * zoom.pixelsPerDay()) - scroll;
	}

	/** The x of the end of {@code day} (the start of the next). */
	public int xEnd(LocalDate day) {
		return x(day.plusDays(1));
	}

	/** The day at {@code x}. */
	public LocalDate day(int x) {
		return origin.plusDays((long) Math.floor((x + scroll) / zoom.pixelsPerDay()));
	}

	/** Whole days that {@code dx} pixels stand for, rounded. */
	public long days(int dx) {
		return Math.round(dx / zoom.pixelsPerDay());
	}

	/** The width in pixels of {@code days} days. */
	public int width(long days) {
		return (int) Math.ceil(days * zoom.pixelsPerDay());
	}
}
