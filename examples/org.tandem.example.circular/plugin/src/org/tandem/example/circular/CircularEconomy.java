package org.tandem.example.circular;

import java.util.Locale;

import org.tandem.core.spi.TemplateDomain;
import org.tandem.model.api.Measure;

/**
 * The circular-economy domain for resource-based cities: its names, indicators (recycling rate,
 * industrial solid waste reused, material productivity) and templates are in
 * {@code circular.properties} and its {@code _de} and {@code _zh} siblings; the concept's measures
 * are {@link CircularModel#MEASURE circular measures} with the material they recycle. Registered as
 * a Declarative Services component ({@code OSGI-INF/circular-economy.xml}).
 */
public final class CircularEconomy extends TemplateDomain {

	public CircularEconomy() {
		super("circular-economy", "org.tandem.example.circular.circular", "/icons/circular.png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	protected Measure newMeasure(String key, Locale locale) {
		Measure plain = super.newMeasure(key, locale);
		return CircularModel.circularMeasure(plain, texts().get("measure." + key + ".material", Locale.ENGLISH)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
