package org.tandem.core.api.milestones;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.tandem.model.api.Baseline;
import org.tandem.model.api.ImplementationPlan;

/**
 * Which baseline of each plan milestones are compared with: none, each plan's latest (by date),
 * or the one with a given name (for example the baseline frozen at one annual visit in every plan).
 *
 * @param name the baseline name to look for; null for none or the latest
 * @param latest whether each plan's latest baseline is meant
 *
 * @since 0.1
 */
public record BaselineChoice(String name, boolean latest) {

	/** Compares with nothing: no slip. */
	public static BaselineChoice none() {
		return new BaselineChoice(null, false);
	}

	/** Each plan's baseline with the latest date. */
	public static BaselineChoice latestOfEachPlan() {
		return new BaselineChoice(null, true);
	}

	/** Each plan's baseline called {@code name}; plans without one show no slip. */
	public static BaselineChoice named(String name) {
		return new BaselineChoice(Objects.requireNonNull(name), false);
	}

	/** The chosen baseline of {@code plan}, if it has one. */
	public Optional<Baseline> in(ImplementationPlan plan) {
		if (latest) {
			return plan.getBaselines().stream().filter(b -> b.getDate() != null).max(Comparator.comparing(Baseline::getDate))
					.or(() -> plan.getBaselines().stream().reduce((first, second) -> second));
		}
		return name == null ? Optional.empty() : plan.getBaselines().stream().filter(b -> name.equals(b.getName())).findFirst();
	}
}
