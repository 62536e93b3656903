package org.tandem.core.api.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.AtomicFile;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.persistence.ModelResourceFactory;

/**
 * Where unsaved edits are kept while a person works: a copy of each changed model file in
 * {@code .metadata/.recovery} of the workspace, written atomically. After a crash the copies that
 * differ from their model files are offered back; saving or discarding removes them.
 *
 * @since 0.1
 */
public final class RecoveryArea {

	/** An unsaved version of a model file, kept when it was last autosaved. */
	public record Recovery(Path modelFile, Path copy, FileTime kept) {
	}

	private final Path workspace;
	private final Path area;

	public RecoveryArea(Path workspace) {
		this.workspace = workspace.toAbsolutePath().normalize();
		this.area = this.workspace.resolve(".metadata/.recovery"); //$NON-NLS-1$
	}

	/** The copy of {@code modelFile}, a file of the workspace. */
	public Path copyOf(Path modelFile) {
		Path relative = workspace.relativize(modelFile.toAbsolutePath().normalize());
		if (relative.startsWith("..")) { //$NON-NLS-1$
			throw new IllegalArgumentException(modelFile + " is not in the workspace " + workspace); //$NON-NLS-1$
		}
		return area.resolve(relative);
	}

	/** Keeps the current, unsaved state of {@code model}, the content of {@code modelFile}. */
	public void keep(XMLResource model, Path modelFile) throws IOException {
		new AtomicFile(copyOf(modelFile)).write(ModelFiles.serialize(model));
	}

	/** Forgets the kept copy of {@code modelFile}: after it was saved, or when a person discards it. */
	public void discard(Path modelFile) throws IOException {
		AtomicFile copy = new AtomicFile(copyOf(modelFile));
		Files.deleteIfExists(copy.target());
		Files.deleteIfExists(copy.backup());
	}

	/** The kept copies whose content differs from their model file (or whose model file is gone). */
	public List<Recovery> pending() throws IOException {
		List<Recovery> pending = new ArrayList<>();
		if (!Files.isDirectory(area)) {
			return pending;
		}
		Files.walkFileTree(area, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path copy, BasicFileAttributes attrs) throws IOException {
				if (copy.getFileName().toString().endsWith("." + ModelResourceFactory.EXTENSION)) { //$NON-NLS-1$
					Path modelFile = workspace.resolve(area.relativize(copy));
					if (!Files.exists(modelFile) || !Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(modelFile))) {
						pending.add(new Recovery(modelFile, copy, attrs.lastModifiedTime()));
					}
				}
				return FileVisitResult.CONTINUE;
			}
		});
		pending.sort((a, b) -> a.modelFile().compareTo(b.modelFile()));
		return pending;
	}

	/** Puts a kept copy back in place of its model file (the model file's old content becomes its backup). */
	public void restore(Recovery recovery) throws IOException {
		new AtomicFile(recovery.modelFile()).write(Files.readAllBytes(recovery.copy()));
		discard(recovery.modelFile());
	}
}
