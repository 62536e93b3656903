package org.tandem.domains.faulty;

import java.net.URL;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.TaskGroupDomain;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;

/** A domain with an id whose every other answer is an exception, as a buggy plug-in's would be. */
@Component(service = TaskGroupDomain.class)
public final class ThrowingDomain implements TaskGroupDomain {

	@Override
	public String id() {
		return "faulty"; //$NON-NLS-1$
	}

	@Override
	public String name(Locale locale) {
		throw new IllegalStateException("no name today"); //$NON-NLS-1$
	}

	@Override
	public URL icon() {
		throw new IllegalStateException("no icon today"); //$NON-NLS-1$
	}

	@Override
	public List<Indicator> newIndicators() {
		throw new UnsupportedOperationException("no indicators today"); //$NON-NLS-1$
	}

	@Override
	public Concept newConcept(Locale locale) {
		throw new NoClassDefFoundError("org/example/Missing"); //$NON-NLS-1$
	}

	@Override
	public ImplementationPlan newPlan(Locale locale) {
		throw new IllegalStateException("no plan today"); //$NON-NLS-1$
	}
}
