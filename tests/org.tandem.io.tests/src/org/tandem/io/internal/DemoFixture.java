package org.tandem.io.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;

/** The demo workspace, loaded, with its Rhine-Neckar partnership and water plan at hand. */
public final class DemoFixture {

	public final ModelWorkspace workspace;

	public DemoFixture(Path folder) throws IOException {
		DemoWorkspace.create(java.nio.file.Files.createDirectories(folder));
		workspace = ModelWorkspace.open(folder, new ModelFiles());
	}

	public Partnership rhineNeckar() {
		return workspace.roots().stream().filter(Partnership.class::isInstance).map(Partnership.class::cast)
				.filter(p -> p.getName().getText("de").contains("Rhein")).findFirst().orElseThrow();
	}

	public ImplementationPlan waterPlan() {
		return workspace.roots().stream().filter(ImplementationPlan.class::isInstance).map(ImplementationPlan.class::cast)
				.filter(p -> p.eResource().getURI().lastSegment().startsWith("wasser")).findFirst().orElseThrow();
	}
}
