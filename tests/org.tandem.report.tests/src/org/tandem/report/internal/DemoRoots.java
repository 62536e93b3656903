package org.tandem.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Partnership;

/** The demo workspace written into a folder and read back, as the report and dashboard tests start from it. */
public final class DemoRoots {

	private DemoRoots() {
	}

	/** The root elements of the demo workspace, written into {@code folder}/workspace. */
	public static List<EObject> open(Path folder) throws IOException {
		Path workspace = Files.createDirectories(folder.resolve("workspace"));
		DemoWorkspace.create(workspace);
		return ModelWorkspace.open(workspace, new ModelFiles()).roots();
	}

	/** The Rhine-Neckar – Urumqi partnership (the one with two task groups). */
	public static Partnership rhineNeckar(List<EObject> roots) {
		return roots.stream().filter(Partnership.class::isInstance).map(Partnership.class::cast).filter(p -> p.getTaskGroups().size() == 2)
				.findFirst().orElseThrow();
	}
}
