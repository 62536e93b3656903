package org.tandem.ui.api.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.api.workspace.RecoveryArea;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Partnership;

/** Unsaved edits reach the recovery area a few seconds after the last edit, and saving forgets them. */
class AutosaveTest {

	@TempDir
	Path folder;

	private ModelEditing editing;
	private RecoveryArea recovery;
	private Partnership partnership;
	private final List<String> failures = new ArrayList<>();

	@BeforeEach
	void open() throws IOException {
		DemoWorkspace.create(folder);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		editing = new ModelEditing(workspace, ItemProviders.create());
		recovery = new RecoveryArea(folder);
		partnership = (Partnership) workspace.roots().stream().filter(Partnership.class::isInstance).findFirst().orElseThrow();
	}

	@Test
	void anEditIsKeptAfterAPauseAndForgottenOnceSaved() throws IOException {
		Autosave autosave = Autosave.start(editing, recovery, Display.getDefault(), (file, e) -> failures.add(file + ": " + e.getMessage()));
		editing.execute(partnership, TextCommands.setText(partnership, TextCommands.nameOf(partnership).orElseThrow(), "de", "Neu"));
		assertTrue(recovery.pending().isEmpty(), "nothing is written while the person is still typing");

		long end = System.nanoTime() + (Autosave.DELAY_MILLIS + 5_000) * 1_000_000L;
		while (recovery.pending().isEmpty() && System.nanoTime() < end) {
			if (!Display.getDefault().readAndDispatch()) {
				Display.getDefault().sleep();
			}
		}
		List<RecoveryArea.Recovery> pending = recovery.pending();
		assertEquals(1, pending.size());
		assertEquals(editing.workspace().fileOf(partnership.eResource()).orElseThrow(), pending.get(0).modelFile());

		editing.save((XMLResource) partnership.eResource());
		autosave.keepAll();
		assertTrue(recovery.pending().isEmpty(), "a saved file has no copy to offer");
		assertEquals(List.of(), failures);
	}
}
