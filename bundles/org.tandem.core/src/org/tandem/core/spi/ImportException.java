package org.tandem.core.spi;

import java.nio.file.Path;

/**
 * A file that an {@link Importer} cannot read: names the file, the line where known (0 when not),
 * and what is wrong.
 *
 * @since 0.1
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;

	public ImportException(Path file, int line, String reason, Throwable cause) {
		super(file + (line > 0 ? ", line " + line : "") + ": " + reason, cause); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		this.file = file;
		this.line = line;
	}

	/** The file that could not be read. */
	public Path file() {
		return file;
	}

	/** The line where the problem is, or 0 when not known. */
	public int line() {
		return line;
	}
}
