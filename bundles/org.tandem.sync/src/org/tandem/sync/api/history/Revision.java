package org.tandem.sync.api.history;

import java.time.Instant;

/**
 * One commit of a shared workspace's history: who made it and when, with its message.
 *
 * @param id      the commit's id (hex)
 * @param author  the author's name
 * @param when    when it was made
 * @param message its first line
 * @param parent  the id of the commit before it (its first parent), or empty for the first commit
 *
 * @since 0.1
 */
public record Revision(String id, String author, Instant when, String message, String parent) {

	/** The first seven characters of the id, as Git shows it. */
	public String shortId() {
		return id.substring(0, Math.min(7, id.length()));
	}
}
