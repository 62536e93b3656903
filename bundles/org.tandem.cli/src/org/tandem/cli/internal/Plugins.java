package org.tandem.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.tandem.core.spi.Contribution;
import org.tandem.core.spi.ContributionFailure;

/**
 * The contributions of plug-ins (domains, calculators, importers, exporters) that are registered as OSGi services, found
 * through the bundle context; none when the command line runs outside a framework.
 */
final class Plugins {

	private final BundleContext context;

	Plugins(BundleContext context) {
		this.context = context;
	}

	/** Every registered service of {@code type}. */
	<T extends Contribution> List<T> all(Class<T> type) {
		List<T> found = new ArrayList<>();
		if (context == null) {
			return found;
		}
		try {
			for (ServiceReference<T> reference : context.getServiceReferences(type, null)) {
				T service = context.getService(reference);
				if (service != null) {
					found.add(service);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return found;
	}

	/** The one registered service of {@code type}, if there is one. */
	<T> Optional<T> one(Class<T> type) {
		if (context == null) {
			return Optional.empty();
		}
		ServiceReference<T> reference = context.getServiceReference(type);
		return Optional.ofNullable(reference == null ? null : context.getService(reference));
	}

	/** Prints a failed plug-in call on {@code console}'s error stream. */
	static void report(Console console, ContributionFailure failure) {
		console.err().println("tandem-cli: " + failure.describe()); //$NON-NLS-1$
	}
}
