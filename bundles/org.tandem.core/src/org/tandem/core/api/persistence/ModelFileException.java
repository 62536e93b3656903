package org.tandem.core.api.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A model file that cannot be read: it names the file, the line and column where known, and what
 * is wrong, and offers the backup of the previous generation when there is one.
 *
 * @since 0.1
 */
public class ModelFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;
	private final transient Path backup;

	public ModelFileException(Path file, int line, int column, String reason, Path backup, Throwable cause) {
		super(format(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
		this.backup = backup;
	}

	private static String format(Path file, int line, int column, String reason) {
		StringBuilder text = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			text.append(", line ").append(line); //$NON-NLS-1$
			if (column > 0) {
				text.append(", column ").append(column); //$NON-NLS-1$
			}
		}
		return text.append(": ").append(reason).toString(); //$NON-NLS-1$
	}

	public Path file() {
		return file;
	}

	/** The line of the problem, 1-based, or 0 when it is not about a place in the file. */
	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** What is wrong, without the file and place. */
	public String reason() {
		return reason;
	}

	/** The previous generation of the file, if one was kept. */
	public Optional<Path> backup() {
		return Optional.ofNullable(backup);
	}
}
