package org.tandem.domains.faulty;

import java.net.URL;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.TaskGroupDomain;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;

/** A domain that cannot even say its id: Tandem leaves it out and reports it. */
@Component(service = TaskGroupDomain.class)
public final class NamelessDomain implements TaskGroupDomain {

	@Override
	public String id() {
		throw new IllegalStateException("no id"); //$NON-NLS-1$
	}

	@Override
	public String name(Locale locale) {
		return "Nameless"; //$NON-NLS-1$
	}

	@Override
	public URL icon() {
		return null;
	}

	@Override
	public List<Indicator> newIndicators() {
		return List.of();
	}

	@Override
	public Concept newConcept(Locale locale) {
		return null;
	}

	@Override
	public ImplementationPlan newPlan(Locale locale) {
		return null;
	}
}
