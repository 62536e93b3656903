package org.tandem.ui.indicators.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.tandem.core.spi.IndicatorCalculator;

/**
 * The indicator calculators registered as OSGi services right now (built-in and from plug-ins),
 * looked up through the core bundle, which the product starts (this bundle is never started).
 */
final class CalculatorServices {

	private CalculatorServices() {
	}

	static List<IndicatorCalculator> current() {
		List<IndicatorCalculator> calculators = new ArrayList<>();
		var bundle = FrameworkUtil.getBundle(IndicatorCalculator.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return calculators;
		}
		try {
			for (ServiceReference<IndicatorCalculator> reference : context.getServiceReferences(IndicatorCalculator.class, null)) {
				IndicatorCalculator calculator = context.getService(reference);
				if (calculator != null) {
					calculators.add(calculator);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return calculators;
	}
}
