package org.tandem.core.internal.log;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.tandem.core.spi.ContributionFailure;

/**
 * Writes a plug-in's failure to the log, with the plug-in's name and what it threw, then hands it on
 * to {@code next} (a message for the person at hand). The same failure (plug-in, contribution and
 * task) is logged once: a label that a view asks for on every paint would otherwise flood the log.
 */
public final class FailureLog implements Consumer<ContributionFailure> {

	private final System.Logger log = System.getLogger("org.tandem.plugins"); //$NON-NLS-1$
	private final Set<List<String>> logged = ConcurrentHashMap.newKeySet();
	private final Consumer<ContributionFailure> next;

	public FailureLog(Consumer<ContributionFailure> next) {
		this.next = next;
	}

	@Override
	public void accept(ContributionFailure failure) {
		if (logged.add(List.of(failure.plugin(), failure.contribution(), failure.task()))) {
			log.log(Level.WARNING, failure.describe(), failure.cause());
		}
		next.accept(failure);
	}
}
