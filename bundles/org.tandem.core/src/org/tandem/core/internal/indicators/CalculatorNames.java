package org.tandem.core.internal.indicators;

import java.util.Locale;
import java.util.ResourceBundle;

/** The names of the built-in calculators in English, German and Chinese, from {@code calculators*.properties}. */
final class CalculatorNames {

	private CalculatorNames() {
	}

	static String of(String key, Locale locale) {
		ResourceBundle names = ResourceBundle.getBundle("org.tandem.core.internal.indicators.calculators", locale, //$NON-NLS-1$
				CalculatorNames.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return names.getString(key);
	}
}
