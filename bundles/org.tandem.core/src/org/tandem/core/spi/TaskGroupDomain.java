package org.tandem.core.spi;

import java.net.URL;
import java.util.List;
import java.util.Locale;

import org.tandem.model.api.Concept;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;

/**
 * A field that task groups work in, such as energy and material efficiency or water-resource
 * management. A task group names its domain by {@link #id()} in {@code TaskGroup.domain}.
 *
 * @since 0.1
 */
public interface TaskGroupDomain extends Contribution {

	/** A 16x16 PNG icon for the domain, or {@code null} for the default one. */
	URL icon();

	/**
	 * The indicators that task groups of this domain usually track, as new elements that are not
	 * yet in any workspace (names in de, zh and en, unit, method).
	 */
	List<Indicator> newIndicators();

	/** A new concept to start from, in the given language and with headings for the others. */
	Concept newConcept(Locale locale);

	/** A new implementation plan to start from: the usual work packages and milestones. */
	ImplementationPlan newPlan(Locale locale);
}
