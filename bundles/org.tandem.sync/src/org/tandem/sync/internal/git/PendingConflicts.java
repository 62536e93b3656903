package org.tandem.sync.internal.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The conflicts of the last synchronisation that wait for a person, kept in the workspace's
 * {@code .metadata/sync/conflicts.txt} (one a line) until they are marked as decided.
 */
public final class PendingConflicts {

	private final Path folder;

	public PendingConflicts(Path workspace) {
		this.folder = workspace.resolve(".metadata").resolve("sync"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A folder for scratch files of the merge. */
	Path scratch() {
		return folder.resolve("scratch"); //$NON-NLS-1$
	}

	void write(List<String> conflicts) throws IOException {
		Files.createDirectories(folder);
		Path temporary = folder.resolve("conflicts.txt.tmp"); //$NON-NLS-1$
		Files.write(temporary, conflicts, StandardCharsets.UTF_8);
		Files.move(temporary, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** The pending conflicts, empty when there are none. */
	public List<String> read() throws IOException {
		return Files.exists(file()) ? Files.readAllLines(file(), StandardCharsets.UTF_8) : List.of();
	}

	/** Forgets the conflicts: a person has decided them. */
	public void clear() throws IOException {
		Files.deleteIfExists(file());
	}

	private Path file() {
		return folder.resolve("conflicts.txt"); //$NON-NLS-1$
	}
}
