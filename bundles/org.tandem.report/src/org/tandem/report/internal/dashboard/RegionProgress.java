package org.tandem.report.internal.dashboard;

import java.util.List;

import org.tandem.core.api.indicators.IndicatorProgress;
import org.tandem.model.api.Region;

/**
 * The indicators of one region of a partnership with how far each has come towards its target.
 *
 * @param region the region; null for indicators that name none
 * @param indicators their progress, in the partnership's order
 */
public record RegionProgress(Region region, List<IndicatorProgress> indicators) {

	public RegionProgress {
		indicators = List.copyOf(indicators);
	}
}
