package org.tandem.ui.api.editing;

import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Runs an action after every edit of the workspace, following the {@link ModelEditing} that a part
 * is given (a new one after the workspace is reloaded, none while no workspace is open). A part
 * calls {@link #follow(ModelEditing)} from its injected setter and {@link #stop()} when it is
 * disposed.
 *
 * @since 0.1
 */
public final class AfterEdits {

	private final CommandStackListener listener;
	private ModelEditing editing;

	/** Runs {@code action} after each edit, on the thread that edits (the UI thread). */
	public AfterEdits(Runnable action) {
		listener = event -> action.run();
	}

	/** Listens to {@code editing} from now on, and no more to the one before; null stops listening. */
	public void follow(ModelEditing editing) {
		if (this.editing != null) {
			this.editing.removeListener(listener);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(listener);
		}
	}

	/** Stops listening. */
	public void stop() {
		follow(null);
	}
}
