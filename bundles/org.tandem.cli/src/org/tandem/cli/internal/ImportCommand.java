package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.ModelFileException;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.api.workspace.PlanFiles;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.ImportException;
import org.tandem.core.spi.ImportResult;
import org.tandem.core.spi.Importer;
import org.tandem.io.internal.Offered;
import org.tandem.io.internal.PlanImport;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.TaskGroup;

/**
 * {@code import FILE --into DIR [--task-group ID]}: reads a plan written by another tool, with the
 * registered importer for the file's extension, into new plan files of the workspace; lists what
 * could not be mapped. A file that cannot be read changes nothing.
 */
final class ImportCommand extends BaseCommand {

	private final Plugins plugins;

	ImportCommand(Plugins plugins) {
		super("import", "FILE --into DIR [--task-group ID]", //$NON-NLS-1$ //$NON-NLS-2$
				"read a plan from MS Project XML, GanttProject, CSV or another registered format into new plan files of DIR", //$NON-NLS-1$
				Set.of("into", "task-group")); //$NON-NLS-1$ //$NON-NLS-2$
		this.plugins = plugins;
	}

	@Override
	public int run(Arguments arguments, Console console) throws IOException {
		if (arguments.positional().size() != 1) {
			throw new UsageException("expected one file to import"); //$NON-NLS-1$
		}
		Path file = Path.of(arguments.positional().get(0)).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			throw new UsageException(file + " is not a file"); //$NON-NLS-1$
		}
		String into = arguments.option("into", null); //$NON-NLS-1$
		if (into == null) {
			throw new UsageException("--into DIR is needed: the workspace to import into"); //$NON-NLS-1$
		}
		Importer importer = importerFor(file, console);
		ModelWorkspace workspace = ModelWorkspace.open(new Arguments(List.of(into), Set.of()).folder(), new ModelFiles());
		for (ModelFileException problem : workspace.problems()) {
			console.err().println(problem.getMessage());
		}
		TaskGroup group = taskGroup(workspace, arguments.option("task-group", null)); //$NON-NLS-1$
		Optional<ImportResult> result;
		try {
			result = Contributions.call(importer, "import", () -> importer.read(file), failure -> Plugins.report(console, failure)); //$NON-NLS-1$
		} catch (ImportException e) {
			console.err().println("tandem-cli import: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.FILES;
		}
		if (result.isEmpty()) {
			return ExitCode.FILES;
		}
		PlanImport plans = new PlanImport(result.get(), workspace.resources());
		for (ImplementationPlan plan : plans.plans()) {
			plan.setTaskGroup(group);
			XMLResource model = PlanFiles.add(workspace, plan, file.getFileName().toString().replaceFirst("\\.[^.]*$", "")); //$NON-NLS-1$ //$NON-NLS-2$
			console.out().println("wrote " + workspace.folder().relativize(workspace.fileOf(model).orElseThrow())); //$NON-NLS-1$
		}
		console.out().println(plans.summary());
		plans.notMapped().forEach(line -> console.err().println("not imported: " + line)); //$NON-NLS-1$
		return plans.plans().isEmpty() || !workspace.problems().isEmpty() ? ExitCode.FILES : ExitCode.OK;
	}

	private Importer importerFor(Path file, Console console) {
		String name = file.getFileName().toString();
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		List<Offered<Importer>> importers = Offered.importers(plugins.all(Importer.class), Locale.ENGLISH, failure -> Plugins.report(console, failure));
		return importers.stream().filter(importer -> importer.extensions().contains(extension)).findFirst().map(Offered::contribution)
				.orElseThrow(() -> new UsageException("no importer reads ." + extension + " files; there are importers for " //$NON-NLS-1$ //$NON-NLS-2$
						+ importers.stream().flatMap(importer -> importer.extensions().stream()).distinct().sorted()
								.map(e -> "." + e).collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static TaskGroup taskGroup(ModelWorkspace workspace, String id) {
		if (id == null) {
			return null;
		}
		return Elements.byId(workspace, id).filter(TaskGroup.class::isInstance).map(TaskGroup.class::cast)
				.orElseThrow(() -> new UsageException("no task group with id " + id + " in " + workspace.folder())); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
