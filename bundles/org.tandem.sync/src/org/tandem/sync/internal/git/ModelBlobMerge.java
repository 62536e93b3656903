package org.tandem.sync.internal.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.sync.api.merge.Conflict;
import org.tandem.sync.api.merge.MergeException;
import org.tandem.sync.api.merge.MergeResult;
import org.tandem.sync.api.merge.ModelMerge;

/**
 * The model-aware merge of three versions of one model file given as bytes: each read with
 * Tandem's hardened loader (through a scratch folder), merged on element ids, and written back as
 * Tandem saves a model file.
 */
final class ModelBlobMerge {

	/** The merged bytes, the conflicts in the reader's language, and the same conflicts in detail. */
	record Merged(byte[] bytes, List<String> conflicts, List<Conflict> details) {
	}

	private final Path scratch;
	private final ModelFiles files = new ModelFiles();

	ModelBlobMerge(Path scratch) {
		this.scratch = scratch;
	}

	/** Merges {@code ours} and {@code theirs}, versions of {@code base} (null when both added the file). */
	Merged merge(String path, byte[] base, byte[] ours, byte[] theirs) throws IOException, MergeException {
		Files.createDirectories(scratch);
		String name = Path.of(path).getFileName().toString();
		Path folder = Files.createTempDirectory(scratch, "merge"); //$NON-NLS-1$
		try {
			XMLResource o = read(folder.resolve("ours-" + name), ours); //$NON-NLS-1$
			XMLResource t = read(folder.resolve("theirs-" + name), theirs); //$NON-NLS-1$
			XMLResource b = base == null ? ModelFiles.newResource(ModelWorkspace.newResourceSet(), folder.resolve("base-" + name)) //$NON-NLS-1$
					: read(folder.resolve("base-" + name), base); //$NON-NLS-1$
			XMLResource into = ModelFiles.newResource(ModelWorkspace.newResourceSet(), folder.resolve(name));
			MergeResult result = new ModelMerge().merge(b, o, t, into);
			return new Merged(ModelFiles.serialize(into), result.conflicts().stream().map(Conflict::message).toList(), result.conflicts());
		} finally {
			try (var left = Files.list(folder)) {
				for (Path file : left.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(folder);
		}
	}

	private XMLResource read(Path file, byte[] bytes) throws IOException {
		Files.write(file, bytes);
		return files.load(ModelWorkspace.newResourceSet(), file);
	}
}
