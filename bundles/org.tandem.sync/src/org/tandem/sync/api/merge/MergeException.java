package org.tandem.sync.api.merge;

/**
 * The three models cannot be merged at all, for example because they are not versions of one model.
 *
 * @since 0.1
 */
public final class MergeException extends Exception {
	private static final long serialVersionUID = 1L;

	public MergeException(String message) {
		super(message);
	}
}
