package org.tandem.core.api.indicators;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.tandem.model.api.Indicator;

/**
 * Two indicators of the same quantity, one per region of a partnership, to be shown side by side;
 * {@link #methodsDiffer()} when their figures are counted by different methods (BISKO against
 * CEADs), which the comparison must say.
 *
 * @since 0.1
 */
public record IndicatorPair(Indicator left, Indicator right) {

	/** Whether the two indicators are counted by different methods. */
	public boolean methodsDiffer() {
		return !normalized(left.getMethod()).equals(normalized(right.getMethod()));
	}

	/** The note to show beside the pair when their methods differ, in the default locale's language; empty otherwise. */
	public String methodNote() {
		if (!methodsDiffer()) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.methodsDiffer, new Object[] { regionName(left), method(left), regionName(right), method(right) });
	}

	private static String method(Indicator indicator) {
		String method = indicator.getMethod();
		return method == null || method.isBlank() ? Messages.methodUnknown : method;
	}

	private static String regionName(Indicator indicator) {
		if (indicator.getRegion() == null || indicator.getRegion().getName() == null) {
			return Messages.regionUnknown;
		}
		String name = indicator.getRegion().getName().getTextOrOriginal(Locale.getDefault().getLanguage());
		return name == null ? Messages.regionUnknown : name;
	}

	private static String normalized(String method) {
		return method == null ? "" : method.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
