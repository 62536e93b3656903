package org.tandem.sync.api.history;

import java.util.List;

/**
 * The changes of one model file between two versions; {@code path} is relative to the workspace, with '/'.
 *
 * @since 0.1
 */
public record FileChanges(String path, List<ModelChange> changes) {

	public FileChanges {
		changes = List.copyOf(changes);
	}
}
