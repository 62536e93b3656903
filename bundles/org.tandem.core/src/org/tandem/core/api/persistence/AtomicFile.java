package org.tandem.core.api.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file that is replaced atomically: the new content goes to a temporary file in the same folder,
 * is forced to disk and renamed over the old file, and the folder is forced too. A crash or
 * {@code kill -9} at any moment leaves either the old or the new file, whole. The previous
 * generation stays beside it as {@code NAME.bak}.
 *
 * @since 0.1
 */
public final class AtomicFile {

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

	private final Path target;

	public AtomicFile(Path target) {
		this.target = target.toAbsolutePath().normalize();
	}

	public Path target() {
		return target;
	}

	/** Where the previous generation is kept. */
	public Path backup() {
		return target.resolveSibling(target.getFileName() + ".bak"); //$NON-NLS-1$
	}

	/** Whether a file name is one of the temporary files that a crash during {@link #write} can leave behind. */
	public static boolean isLeftover(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(TEMP_SUFFIX); //$NON-NLS-1$
	}

	/** Replaces the file with what {@code content} writes; on any failure the old file stays as it was. */
	public void write(Content content) throws IOException {
		Path folder = target.getParent();
		Files.createDirectories(folder);
		Path temp = newTempFile(folder);
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			if (Files.exists(target)) {
				keepBackup(folder);
			}
			move(temp, target);
			moved = true;
			forceFolder(folder);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/** Writes bytes atomically. */
	public void write(byte[] bytes) throws IOException {
		write(out -> out.write(bytes));
	}

	/**
	 * Makes the current file the backup without a moment in which the target is missing: a hard
	 * link (or, where the file system has none, a forced copy) renamed over the old backup.
	 */
	private void keepBackup(Path folder) throws IOException {
		Path temp = newTempName(folder);
		try {
			try {
				Files.createLink(temp, target);
			} catch (UnsupportedOperationException | IOException noLinks) {
				Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING);
				try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
					channel.force(true);
				}
			}
			move(temp, backup());
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private Path newTempFile(Path folder) throws IOException {
		while (true) {
			try {
				return Files.createFile(newTempName(folder));
			} catch (FileAlreadyExistsException taken) {
				// another name
			}
		}
	}

	private Path newTempName(Path folder) {
		return folder.resolve("." + target.getFileName() + "." //$NON-NLS-1$ //$NON-NLS-2$
				+ Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("The file system of " + to.getParent() //$NON-NLS-1$
					+ " cannot replace files atomically, so Tandem does not save there", e); //$NON-NLS-1$
		}
	}

	/** Forces the folder's entry for the renamed file to disk; not possible (nor needed) on Windows. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException notSupported) {
			// Windows opens no folders as files; NTFS journals the rename itself
		}
	}
}
