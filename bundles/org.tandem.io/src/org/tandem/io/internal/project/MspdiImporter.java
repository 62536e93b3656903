package org.tandem.io.internal.project;

import java.nio.file.Path;
import java.util.List;

import org.mpxj.ProjectFile;
import org.mpxj.mspdi.MSPDIReader;
import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.Importer;

/** Reads MS Project XML (MSPDI) files into a new plan. */
@Component(service = Importer.class)
public final class MspdiImporter extends ProjectImporter {

	public MspdiImporter() {
		super("format.mspdi"); //$NON-NLS-1$
	}

	@Override
	public String id() {
		return "org.tandem.io.mspdi"; //$NON-NLS-1$
	}

	@Override
	public List<String> fileExtensions() {
		return List.of("xml"); //$NON-NLS-1$
	}

	@Override
	ProjectFile readProject(Path file) throws Exception {
		return new MSPDIReader().read(file.toFile());
	}
}
