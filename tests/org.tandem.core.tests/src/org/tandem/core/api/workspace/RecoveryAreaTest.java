package org.tandem.core.api.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.persistence.TestModel;
import org.tandem.core.api.workspace.RecoveryArea.Recovery;

class RecoveryAreaTest {

	@TempDir
	Path folder;

	@Test
	void unsavedEditsAreOfferedBackAfterACrash() throws IOException {
		XMLResource model = ModelWorkspace.open(folder, new ModelFiles()).create("plans/wasser.tandem", TestModel.tree("Wasser", 5));
		Path file = folder.resolve("plans/wasser.tandem");
		RecoveryArea recovery = new RecoveryArea(folder);
		assertTrue(recovery.pending().isEmpty());

		model.getContents().get(0).eSet(TestModel.NAME, "Wasser, geändert 已修改");
		recovery.keep(model, file);
		// the process dies here: the edit was never saved

		List<Recovery> pending = new RecoveryArea(folder).pending();
		assertEquals(1, pending.size());
		assertEquals(file, pending.get(0).modelFile());
		recovery.restore(pending.get(0));
		EObject restored = ModelWorkspace.open(folder, new ModelFiles()).roots().get(0);
		assertEquals("Wasser, geändert 已修改", restored.eGet(TestModel.NAME));
		assertTrue(recovery.pending().isEmpty(), "a restored copy is not offered again");
		assertTrue(EcoreUtil.equals(TestModel.tree("Wasser", 5), new ModelFiles().load(TestModel.resourceSet(),
				new org.tandem.core.api.persistence.AtomicFile(file).backup()).getContents().get(0)), "the replaced version is the backup");
	}

	@Test
	void aCopyEqualToTheSavedFileIsNotOffered() throws IOException {
		XMLResource model = ModelWorkspace.open(folder, new ModelFiles()).create("a.tandem", TestModel.tree("a", 2));
		RecoveryArea recovery = new RecoveryArea(folder);
		recovery.keep(model, folder.resolve("a.tandem"));
		assertTrue(recovery.pending().isEmpty());
		recovery.discard(folder.resolve("a.tandem"));
		assertFalse(Files.exists(recovery.copyOf(folder.resolve("a.tandem"))));
	}

	@Test
	void theRecoveryAreaIsNotPartOfTheWorkspaceModels() throws IOException {
		XMLResource model = ModelWorkspace.open(folder, new ModelFiles()).create("a.tandem", TestModel.tree("a", 2));
		model.getContents().get(0).eSet(TestModel.NAME, "changed");
		new RecoveryArea(folder).keep(model, folder.resolve("a.tandem"));
		assertEquals(List.of(folder.resolve("a.tandem")), ModelWorkspace.modelFiles(folder));
		assertThrows(IllegalArgumentException.class, () -> new RecoveryArea(folder).copyOf(Path.of("/elsewhere/x.tandem")));
	}
}
