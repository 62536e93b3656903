package org.tandem.ui.api.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.swt.widgets.Display;
import org.tandem.core.api.workspace.RecoveryArea;

/**
 * Keeps a copy of every model file with unsaved edits in the workspace's recovery area, a few
 * seconds after the last edit, so that a crash loses at most those seconds; saving a file forgets
 * its copy. Runs on the UI thread, where the edits happen.
 *
 * @since 0.1
 */
public final class Autosave {

	/** How long after the last edit the copies are written. */
	public static final int DELAY_MILLIS = 3_000;

	private final ModelEditing editing;
	private final RecoveryArea recovery;
	private final Display display;
	private final BiConsumer<Path, IOException> failures;
	private final Runnable keepAll = this::keepAll;
	/** The files that have a copy: only these can have one to forget. */
	private final Set<Path> kept = new HashSet<>();

	private Autosave(ModelEditing editing, RecoveryArea recovery, Display display, BiConsumer<Path, IOException> failures) {
		this.editing = editing;
		this.recovery = recovery;
		this.display = display;
		this.failures = failures;
	}

	/**
	 * Starts keeping copies of {@code editing}'s unsaved files in {@code recovery}; a copy that
	 * cannot be written is reported to {@code failures} (the edits stay in memory, and the next
	 * edit tries again).
	 */
	public static Autosave start(ModelEditing editing, RecoveryArea recovery, Display display, BiConsumer<Path, IOException> failures) {
		Autosave autosave = new Autosave(editing, recovery, display, failures);
		editing.addListener(event -> autosave.changed());
		return autosave;
	}

	private void changed() {
		display.timerExec(-1, keepAll);
		display.timerExec(DELAY_MILLIS, keepAll);
	}

	/** Writes the copies now: of the unsaved files, and forgets those of files saved since. */
	public void keepAll() {
		for (XMLResource model : editing.workspace().models()) {
			Path file = editing.workspace().fileOf(model).orElse(null);
			if (file == null) {
				continue;
			}
			try {
				if (editing.isDirty(model)) {
					recovery.keep(model, file);
					kept.add(file);
				} else if (kept.remove(file)) {
					recovery.discard(file);
				}
			} catch (IOException e) {
				failures.accept(file, e);
			}
		}
	}
}
