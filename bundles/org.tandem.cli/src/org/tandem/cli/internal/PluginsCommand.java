package org.tandem.cli.internal;

import java.util.Locale;

import org.tandem.core.internal.domains.Domain;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.core.spi.Contribution;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.Exporter;
import org.tandem.core.spi.Importer;
import org.tandem.core.spi.IndicatorCalculator;

/**
 * {@code plugins}: what plug-ins contribute, one line each (kind, id, plug-in, English name), and
 * every contribution that failed, with its plug-in's name.
 */
final class PluginsCommand implements Command {

	private final Plugins plugins;

	PluginsCommand(Plugins plugins) {
		this.plugins = plugins;
	}

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
		TaskGroupDomains domains = plugins.one(TaskGroupDomains.class).orElse(null);
		if (domains != null) {
			for (Domain domain : domains.all()) {
				line(console, "domain", domain.id(), domain.plugin(), domain.name(Locale.ENGLISH)); //$NON-NLS-1$
			}
		}
		list(console, "calculator", IndicatorCalculator.class); //$NON-NLS-1$
		list(console, "importer", Importer.class); //$NON-NLS-1$
		list(console, "exporter", Exporter.class); //$NON-NLS-1$
		if (domains != null) {
			domains.failures().forEach(failure -> Plugins.report(console, failure));
		}
		return ExitCode.OK;
	}

	private <T extends Contribution> void list(Console console, String kind, Class<T> type) {
		for (T contribution : plugins.all(type)) {
			String plugin = Contributions.plugin(contribution);
			String id = Contributions.call(contribution, "id", contribution::id, f -> Plugins.report(console, f)).orElse("?"); //$NON-NLS-1$ //$NON-NLS-2$
			String english = Contributions.call(contribution, "name", () -> contribution.name(Locale.ENGLISH), //$NON-NLS-1$
					f -> Plugins.report(console, f)).orElse(id);
			line(console, kind, id, plugin, english);
		}
	}

	private static void line(Console console, String kind, String id, String plugin, String name) {
		console.out().printf("%-11s %-28s %-36s %s%n", kind, id, plugin, name); //$NON-NLS-1$
	}
}
