package org.tandem.io.internal.project;

import java.nio.file.Path;
import java.util.List;

import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.ganttproject.GanttProjectReader;
import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.Importer;

/**
 * Reads GanttProject (.gan) files into a new plan. MPXJ 14.3.4 reads the links only of top-level
 * tasks, so the links of nested tasks are read from the file by {@link GanLinks}.
 */
@Component(service = Importer.class)
public final class GanttProjectImporter extends ProjectImporter {

	public GanttProjectImporter() {
		super("format.gan"); //$NON-NLS-1$
	}

	@Override
	public String id() {
		return "org.tandem.io.ganttproject"; //$NON-NLS-1$
	}

	@Override
	public List<String> fileExtensions() {
		return List.of("gan"); //$NON-NLS-1$
	}

	/** GanttProject keeps the project's name as its name; its title is MPXJ's default. */
	@Override
	String planName(ProjectProperties properties) {
		return properties.getName();
	}

	@Override
	ProjectFile readProject(Path file) throws Exception {
		ProjectFile project = new GanttProjectReader().read(file.toFile());
		if (project != null) {
			new GanLinks(file).addMissing(project);
		}
		return project;
	}
}
