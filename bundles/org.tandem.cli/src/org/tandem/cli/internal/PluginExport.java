package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.persistence.AtomicFile;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.Offered;

/**
 * One export through a registered exporter: the element {@code --scope ID}, texts in
 * {@code --lang}, written to {@code --out} through a temporary file that is moved in place only
 * when the exporter finished, so a failure leaves no half-written file.
 */
final class PluginExport {

	private final Offered<Exporter> offered;
	private final Exporter exporter;
	private final Arguments arguments;

	PluginExport(Offered<Exporter> offered, Arguments arguments) {
		this.offered = offered;
		this.exporter = offered.contribution();
		this.arguments = arguments;
	}

	int run(ModelWorkspace workspace, Console console) throws IOException {
		String scopeId = arguments.option("scope", null); //$NON-NLS-1$
		if (scopeId == null) {
			throw new UsageException("--scope ID is needed for --format " + offered.id() + ": the id of a partnership, task group or plan"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String out = arguments.option("out", null); //$NON-NLS-1$
		if (out == null) {
			throw new UsageException("--out FILE is needed for --format " + offered.id()); //$NON-NLS-1$
		}
		Locale locale = Locale.forLanguageTag(arguments.choice("lang", defaultLanguage(), Set.of("de", "zh", "en"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		EObject scope = Elements.byId(workspace, scopeId)
				.orElseThrow(() -> new UsageException("no element with id " + scopeId + " in " + workspace.folder())); //$NON-NLS-1$ //$NON-NLS-2$
		if (!Boolean.TRUE.equals(Contributions.call(exporter, "accepts", () -> Boolean.valueOf(exporter.accepts(scope)), //$NON-NLS-1$
				failure -> Plugins.report(console, failure)).orElse(Boolean.FALSE))) {
			throw new UsageException(offered.name() + " cannot export a " + scope.eClass().getName() + "; give a plan, task group or partnership"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path file = Path.of(out).toAbsolutePath().normalize();
		if (Files.isDirectory(file)) {
			throw new UsageException(file + " is a folder; --out needs a file name"); //$NON-NLS-1$
		}
		new AtomicFile(file).write(stream -> {
			Optional<Boolean> done = Contributions.call(exporter, "export", () -> { //$NON-NLS-1$
				exporter.export(scope, stream, locale);
				return Boolean.TRUE;
			}, failure -> Plugins.report(console, failure));
			if (done.isEmpty()) {
				throw new IOException("the exporter " + offered.id() + " failed; " + file + " was not written"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		});
		console.err().printf("wrote %s (%d bytes)%n", file, Long.valueOf(Files.size(file))); //$NON-NLS-1$
		return ExitCode.OK;
	}

	private static String defaultLanguage() {
		String language = Locale.getDefault().getLanguage();
		return Set.of("de", "zh").contains(language) ? language : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
