package org.tandem.cli.internal;

import java.util.Collection;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.tandem.core.domains.Domain;
import org.tandem.core.domains.TaskGroupDomains;
import org.tandem.core.spi.Contribution;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.Exporter;
import org.tandem.core.spi.Importer;
import org.tandem.core.spi.IndicatorCalculator;

/**
 * {@code plugins}: what plug-ins contribute, one line each (kind, id, plug-in, English name), and
 * every contribution that failed, with its plug-in's name.
 */
final class PluginsCommand implements Command {

	private final BundleContext bundles = FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext();

	@Override
	public String name() {
		return "plugins"; //$NON-NLS-1$
	}

	@Override
	public String arguments() {
		return ""; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "list the task-group domains, indicator calculators, importers and exporters that plug-ins contribute"; //$NON-NLS-1$
	}

	@Override
	public int run(Arguments arguments, Console console) {
		ServiceReference<TaskGroupDomains> registry = bundles.getServiceReference(TaskGroupDomains.class);
		TaskGroupDomains domains = registry == null ? null : bundles.getService(registry);
		if (domains != null) {
			for (Domain domain : domains.all()) {
				line(console, "domain", domain.id(), domain.plugin(), domain.name(Locale.ENGLISH)); //$NON-NLS-1$
			}
		}
		list(console, "calculator", IndicatorCalculator.class); //$NON-NLS-1$
		list(console, "importer", Importer.class); //$NON-NLS-1$
		list(console, "exporter", Exporter.class); //$NON-NLS-1$
		if (domains != null) {
			domains.failures().stream().map(ContributionFailure::describe).forEach(console.err()::println);
			bundles.ungetService(registry);
		}
		return ExitCode.OK;
	}

	private <T extends Contribution> void list(Console console, String kind, Class<T> type) {
		Collection<ServiceReference<T>> references;
		try {
			references = bundles.getServiceReferences(type, null);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		for (ServiceReference<T> reference : references) {
			T contribution = bundles.getService(reference);
			if (contribution == null) {
				continue;
			}
			String plugin = Contributions.plugin(contribution);
			String id = Contributions.call(contribution, "id", contribution::id, f -> console.err().println(f.describe())).orElse("?"); //$NON-NLS-1$ //$NON-NLS-2$
			String english = Contributions.call(contribution, "name", () -> contribution.name(Locale.ENGLISH), //$NON-NLS-1$
					f -> console.err().println(f.describe())).orElse(id);
			line(console, kind, id, plugin, english);
			bundles.ungetService(reference);
		}
	}

	private static void line(Console console, String kind, String id, String plugin, String name) {
		console.out().printf("%-11s %-28s %-36s %s%n", kind, id, plugin, name); //$NON-NLS-1$
	}
}
