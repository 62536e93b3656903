package org.tandem.sync.api.git;

import java.time.Instant;

import org.tandem.sync.api.merge.Conflict;

/**
 * A conflict of a model file that waits for a person after a sync, with who made each side's last
 * change to the file and when.
 *
 * @param path     the file, relative to the workspace, with '/' between folders
 * @param conflict what both sides did
 * @param mine     our side's last change of the file
 * @param theirs   the other side's last change of the file
 *
 * @since 0.1
 */
public record PendingConflict(String path, Conflict conflict, Change mine, Change theirs) {

	/** Who changed a file last, and when. */
	public record Change(String author, Instant when) {
	}
}
