package org.tandem.core.api.indicators;

import java.util.ArrayList;
import java.util.List;

import org.tandem.core.api.units.Units;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Region;

/**
 * Pairs the indicators of a partnership's two regions that measure the same quantity (emissions
 * with emissions, water with water), each indicator in at most one pair, in the order they are
 * listed, so that the two regions can be shown side by side.
 *
 * @since 0.1
 */
public final class RegionComparison {

	private RegionComparison() {
	}

	/** The pairs of {@code partnership}'s indicators, the first region's on the left. */
	public static List<IndicatorPair> pairs(Partnership partnership) {
		List<IndicatorPair> pairs = new ArrayList<>();
		if (partnership.getRegions().size() < 2) {
			return pairs;
		}
		List<Indicator> right = new ArrayList<>(of(partnership, partnership.getRegions().get(1)));
		for (Indicator left : of(partnership, partnership.getRegions().get(0))) {
			for (Indicator candidate : right) {
				if (sameQuantity(left, candidate)) {
					pairs.add(new IndicatorPair(left, candidate));
					right.remove(candidate);
					break;
				}
			}
		}
		return pairs;
	}

	private static List<Indicator> of(Partnership partnership, Region region) {
		return partnership.getIndicators().stream().filter(i -> i.getRegion() == region).toList();
	}

	private static boolean sameQuantity(Indicator a, Indicator b) {
		return a.getUnit() != null && b.getUnit() != null && Units.compatible(a.getUnit(), b.getUnit())
				&& (Units.of(a.getUnit()).isPresent() || a.getUnit().strip().equalsIgnoreCase(b.getUnit().strip()));
	}
}
