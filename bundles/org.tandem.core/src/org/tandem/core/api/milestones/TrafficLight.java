package org.tandem.core.api.milestones;

/**
 * The traffic light of a milestone on a day, from its {@link MilestoneState} and its slip against
 * the chosen baseline:
 * <ul>
 * <li><b>red</b>: overdue, or open and slipped by more than {@value #RED_SLIP_DAYS} days;</li>
 * <li><b>amber</b>: open and due within 14 days, open without a planned day, or open and slipped by
 * 1 to {@value #RED_SLIP_DAYS} days;</li>
 * <li><b>green</b>: everything else: done, cancelled, or open, on time and more than 14 days
 * ahead (or moved earlier).</li>
 * </ul>
 *
 * @since 0.1
 */
public enum TrafficLight {
	GREEN(0x2ea043), AMBER(0xe6a000), RED(0xd22828);

	/** More slip than this many days makes an open milestone red. */
	public static final int RED_SLIP_DAYS = 30;

	private final int rgb;

	TrafficLight(int rgb) {
		this.rgb = rgb;
	}

	/**
	 * The colour in which every view, report and page shows this light, as {@code 0xRRGGBB}.
	 *
	 * @since 0.1
	 */
	public int rgb() {
		return rgb;
	}

	/** The light for a milestone in {@code state} that slipped {@code slipDays} (null: not known). */
	public static TrafficLight of(MilestoneState state, Long slipDays) {
		if (!state.isOpen()) {
			return GREEN;
		}
		long slip = slipDays == null ? 0 : slipDays;
		if (state == MilestoneState.OVERDUE || slip > RED_SLIP_DAYS) {
			return RED;
		}
		if (state == MilestoneState.DUE_14 || state == MilestoneState.UNDATED || slip > 0) {
			return AMBER;
		}
		return GREEN;
	}
}
