package org.tandem.core.api.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.persistence.TestModel;

class ModelWorkspaceTest {

	@TempDir
	Path folder;

	@Test
	void findsModelFilesButNotThoseInDotFolders() throws IOException {
		Files.createDirectories(folder.resolve("plans"));
		Files.createDirectories(folder.resolve(".git/objects"));
		Files.createDirectories(folder.resolve(".metadata"));
		for (String name : List.of("b.tandem", "plans/a.tandem", ".git/objects/x.tandem", ".metadata/y.tandem", "notes.txt", "a.tandem.bak")) {
			Files.writeString(folder.resolve(name), "");
		}
		assertEquals(List.of(folder.resolve("b.tandem"), folder.resolve("plans/a.tandem")), ModelWorkspace.modelFiles(folder));
	}

	@Test
	void referencesBetweenFilesResolveAfterOpening() throws IOException {
		ModelWorkspace created = ModelWorkspace.open(folder, new ModelFiles());
		EObject partnership = TestModel.node("p", "Rhein-Neckar");
		EObject person = TestModel.add(partnership, TestModel.node("li-wei", "李伟"));
		created.create("partnership.tandem", partnership);
		EObject plan = TestModel.node("plan", "Wasser");
		plan.eSet(TestModel.FRIEND, person);
		created.create("plans/wasser.tandem", plan);
		assertTrue(Files.readString(folder.resolve("plans/wasser.tandem")).contains("friend=\"../partnership.tandem#li-wei\""),
				Files.readString(folder.resolve("plans/wasser.tandem")));

		ModelWorkspace reopened = ModelWorkspace.open(folder, new ModelFiles());
		assertEquals(2, reopened.models().size());
		assertTrue(reopened.problems().isEmpty());
		XMLResource planFile = reopened.models().get(1);
		EObject friend = (EObject) planFile.getContents().get(0).eGet(TestModel.FRIEND);
		assertSame(reopened.models().get(0).getEObject("li-wei"), friend);
	}

	@Test
	void aBrokenFileIsReportedAndTheOthersLoad() throws IOException {
		ModelWorkspace.open(folder, new ModelFiles()).create("good.tandem", TestModel.tree("gut", 3));
		Files.writeString(folder.resolve("bad.tandem"), "<?xml version=\"1.0\"?>\n<oops");
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		assertEquals(1, workspace.models().size());
		assertEquals(1, workspace.problems().size());
		assertEquals(folder.resolve("bad.tandem"), workspace.problems().get(0).file());
	}

	@Test
	void createRefusesToOverwriteOrToLeaveTheWorkspace() throws IOException {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		workspace.create("a.tandem", TestModel.node("a", "a"));
		assertThrows(IOException.class, () -> workspace.create("a.tandem", TestModel.node("b", "b")));
		assertThrows(IOException.class, () -> workspace.create("../escape.tandem", TestModel.node("c", "c")));
	}

	@Test
	void deleteTakesAFileOutLeavingItsLastSavedStateAsTheBackup() throws IOException {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		XMLResource kept = workspace.create("a.tandem", TestModel.node("a", "a"));
		XMLResource deleted = workspace.create("plans/b.tandem", TestModel.node("b", "b"));
		String saved = Files.readString(folder.resolve("plans/b.tandem"));
		RecoveryArea recovery = new RecoveryArea(folder);
		recovery.keep(deleted, folder.resolve("plans/b.tandem"));

		assertEquals(folder.resolve("plans/b.tandem.bak"), workspace.delete(deleted));
		assertFalse(Files.exists(folder.resolve("plans/b.tandem")));
		assertEquals(saved, Files.readString(folder.resolve("plans/b.tandem.bak")));
		assertFalse(Files.exists(recovery.copyOf(folder.resolve("plans/b.tandem"))), "no copy to offer back");
		assertEquals(List.of(kept), workspace.models());
		assertEquals(1, ModelWorkspace.open(folder, new ModelFiles()).models().size());
		assertThrows(IOException.class, () -> workspace.delete(deleted), "once");
	}

	@Test
	void aFileThatCannotBeWrittenLeavesNoModelBehind() throws IOException {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		Files.writeString(folder.resolve("plans"), "a file where the folder would go");
		assertThrows(IOException.class, () -> workspace.create("plans/a.tandem", TestModel.node("a", "a")));
		assertEquals(List.of(), workspace.resources().getResources());
	}
}
