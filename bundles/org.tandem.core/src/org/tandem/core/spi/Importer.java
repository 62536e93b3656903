package org.tandem.core.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a file written by another tool into new model elements: a plan from MS Project XML or
 * GanttProject, measurements from a spreadsheet. Shown in File &gt; Import and in
 * {@code tandem-cli import}.
 *
 * @since 0.1
 */
public interface Importer extends Contribution {

	/** The file name extensions it reads, without the dot, for example {@code xml} and {@code mpp}. */
	List<String> fileExtensions();

	/**
	 * Reads {@code file} into new elements that are in no workspace yet; the caller adds them as one
	 * undoable change. Reads only; a file it cannot read at all is an {@link ImportException} that
	 * names the file and, where known, the line.
	 */
	ImportResult read(Path file) throws ImportException;
}
