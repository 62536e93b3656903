package org.tandem.io.internal.project;

import java.nio.file.Path;
import java.util.List;

import org.mpxj.ProjectFile;
import org.mpxj.mpp.MPPReader;
import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.Importer;

/** Reads MS Project's own files (.mpp, Project 98 to current, through MPXJ and Apache POI) into a new plan. */
@Component(service = Importer.class)
public final class MppImporter extends ProjectImporter {

	public MppImporter() {
		super("format.mpp"); //$NON-NLS-1$
	}

	@Override
	public String id() {
		return "org.tandem.io.mpp"; //$NON-NLS-1$
	}

	@Override
	public List<String> fileExtensions() {
		return List.of("mpp"); //$NON-NLS-1$
	}

	@Override
	ProjectFile readProject(Path file) throws Exception {
		return new MPPReader().read(file.toFile());
	}
}
