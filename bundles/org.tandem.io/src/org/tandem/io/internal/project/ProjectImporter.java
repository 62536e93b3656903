package org.tandem.io.internal.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.tandem.core.spi.ImportException;
import org.tandem.core.spi.ImportResult;
import org.tandem.core.spi.Importer;
import org.tandem.io.internal.Labels;
import org.tandem.io.internal.Messages;
import org.tandem.model.api.ImplementationPlan;

/**
 * An importer of project files through MPXJ: reads the file into MPXJ's project, then into one new
 * implementation plan named by the project's title (else the file's name).
 */
abstract class ProjectImporter implements Importer {

	private final String labelKey;

	ProjectImporter(String labelKey) {
		this.labelKey = labelKey;
	}

	@Override
	public String name(Locale locale) {
		return new Labels(locale).get(labelKey);
	}

	@Override
	public ImportResult read(Path file) throws ImportException {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new ImportException(file, 0, Messages.cannotRead, null);
		}
		ProjectFile project;
		try {
			project = readProject(file);
		} catch (Exception | LinkageError e) {
			throw new ImportException(file, ReadFailures.line(e), NLS.bind(Messages.notAProjectFile, name(Locale.getDefault()), ReadFailures.reason(e)), e);
		}
		if (project == null) {
			throw new ImportException(file, 0, NLS.bind(Messages.notAProjectFile, name(Locale.getDefault()), Messages.noProject), null);
		}
		ProjectToPlan conversion = new ProjectToPlan(project);
		ImplementationPlan plan = conversion.convert(firstOf(planName(project.getProjectProperties()), baseName(file)));
		return new ImportResult(List.of(plan), conversion.notMapped());
	}

	/** MPXJ's project read from {@code file}. */
	abstract ProjectFile readProject(Path file) throws Exception;

	/** The name the file gives its project: its title, else its name. */
	String planName(ProjectProperties properties) {
		return firstOf(properties.getProjectTitle(), properties.getName());
	}

	static String firstOf(String text, String fallback) {
		return text != null && !text.isBlank() ? text : fallback;
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
