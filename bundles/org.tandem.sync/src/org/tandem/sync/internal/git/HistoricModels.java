package org.tandem.sync.internal.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;

/**
 * Reads a model file as it was in a commit, with Tandem's hardened loader, through a scratch copy
 * that stands at the file's place in a mirror of the workspace: references into other files then
 * resolve to those files as they are now, so that the history names people and elements by their
 * labels rather than by addresses.
 */
public final class HistoricModels {

	private final Path workspace;
	private final Path scratch;
	private final ModelFiles files = new ModelFiles();

	public HistoricModels(Path workspace) {
		this.workspace = workspace.toAbsolutePath().normalize();
		this.scratch = this.workspace.resolve(".metadata").resolve("history"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The model in {@code bytes}, the file {@code path} (relative, with '/') of a commit; null bytes give an empty resource. */
	public Resource read(String path, byte[] bytes) throws IOException {
		Files.createDirectories(scratch);
		Path mirror = Files.createTempDirectory(scratch, "version"); //$NON-NLS-1$
		ResourceSet resources = ModelWorkspace.newResourceSet();
		resources.getURIConverter().getURIMap().put(URI.createFileURI(mirror.toString() + '/'), URI.createFileURI(workspace.toString() + '/'));
		Path copy = mirror.resolve(path);
		try {
			if (bytes == null) {
				return ModelFiles.newResource(resources, copy);
			}
			Files.createDirectories(copy.getParent());
			Files.write(copy, bytes);
			XMLResource resource = files.load(resources, copy);
			return resource;
		} finally {
			try (var left = Files.walk(mirror)) {
				for (Path file : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}
}
