package org.tandem.core.internal.domains;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.tandem.core.spi.ContributionFailure;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.TaskGroupDomain;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;

/**
 * A registered {@link TaskGroupDomain} as Tandem calls it: every call guarded, so that a domain
 * that throws is reported (with its plug-in's name) and gives the fallback instead of its answer.
 *
 * @since 0.1
 */
public final class Domain {

	private final TaskGroupDomain contribution;
	private final String id;
	private final Consumer<ContributionFailure> failures;
	private Optional<URL> icon;

	Domain(TaskGroupDomain contribution, String id, Consumer<ContributionFailure> failures) {
		this.contribution = contribution;
		this.id = id;
		this.failures = failures;
	}

	/** The domain's id, as task groups hold it in {@code TaskGroup.domain}. */
	public String id() {
		return id;
	}

	/** The symbolic name of the plug-in that brings it. */
	public String plugin() {
		return Contributions.plugin(contribution);
	}

	/** Its name in the language of {@code locale}; its id when it fails to give one. */
	public String name(Locale locale) {
		return guarded("name", () -> contribution.name(locale)).filter(name -> !name.isBlank()).orElse(id); //$NON-NLS-1$
	}

	/** Its 16x16 icon, if it has one (asked once: viewers ask on every paint). */
	public synchronized Optional<URL> icon() {
		if (icon == null) {
			icon = guarded("icon", contribution::icon); //$NON-NLS-1$
		}
		return icon;
	}

	/** New indicators that its task groups usually track; none when it fails. */
	public List<Indicator> newIndicators() {
		return guarded("indicators", contribution::newIndicators).orElse(List.of()); //$NON-NLS-1$
	}

	/** A new concept from its template, in the language of {@code locale}. */
	public Optional<Concept> newConcept(Locale locale) {
		return guarded("concept template", () -> contribution.newConcept(locale)); //$NON-NLS-1$
	}

	/** A new implementation plan from its template, in the language of {@code locale}. */
	public Optional<ImplementationPlan> newPlan(Locale locale) {
		return guarded("plan template", () -> contribution.newPlan(locale)); //$NON-NLS-1$
	}

	private <T> Optional<T> guarded(String task, Contributions.Call<T, RuntimeException> call) {
		return Contributions.call(contribution, task, call, failures);
	}
}
