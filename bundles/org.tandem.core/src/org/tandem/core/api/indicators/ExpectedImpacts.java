package org.tandem.core.api.indicators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.ExpectedImpact;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Measure;

/**
 * The expected impacts of measures on an indicator, found among the concepts of the indicator's
 * partnership. An impact's value is the change the measure makes to the indicator from its year
 * on (a measure with impacts for several years reaches each value in that year); its latest value
 * is the measure's full effect.
 *
 * @since 0.1
 */
public final class ExpectedImpacts {

	private ExpectedImpacts() {
	}

	/** Every expected impact on {@code indicator}, in document order. */
	public static List<ExpectedImpact> on(Indicator indicator) {
		List<ExpectedImpact> impacts = new ArrayList<>();
		for (TreeIterator<EObject> all = EcoreUtil.getRootContainer(indicator).eAllContents(); all.hasNext();) {
			if (all.next() instanceof ExpectedImpact impact && impact.getIndicator() == indicator) {
				impacts.add(impact);
			}
		}
		return impacts;
	}

	/** The measures that have an expected impact on {@code indicator}. */
	public static Set<Measure> measures(Indicator indicator) {
		Set<Measure> measures = new LinkedHashSet<>();
		for (ExpectedImpact impact : on(indicator)) {
			if (impact.eContainer() instanceof Measure measure) {
				measures.add(measure);
			}
		}
		return measures;
	}

	/** The change {@code measure} makes to {@code indicator} in {@code year} as its concept expects it. */
	public static double in(Measure measure, Indicator indicator, int year) {
		ExpectedImpact reached = null;
		for (ExpectedImpact impact : measure.getImpacts()) {
			if (impact.getIndicator() == indicator && impact.getYear() <= year && (reached == null || impact.getYear() >= reached.getYear())) {
				reached = impact;
			}
		}
		return reached == null ? 0 : reached.getValue();
	}

	/** The full effect of {@code measure} on {@code indicator}: its impact of the latest year. */
	public static double full(Measure measure, Indicator indicator) {
		return latest(measure, indicator).map(ExpectedImpact::getValue).orElse(0.0);
	}

	/** The impact of {@code measure} on {@code indicator} with the latest year. */
	public static Optional<ExpectedImpact> latest(Measure measure, Indicator indicator) {
		return measure.getImpacts().stream().filter(impact -> impact.getIndicator() == indicator)
				.reduce((a, b) -> b.getYear() >= a.getYear() ? b : a);
	}
}
