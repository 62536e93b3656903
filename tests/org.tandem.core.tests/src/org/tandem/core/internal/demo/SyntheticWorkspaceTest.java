package org.tandem.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.validation.ModelValidation;

class SyntheticWorkspaceTest {

	@TempDir
	Path folder;

	@Test
	void makesAValidWorkspaceOfTheAskedSize() throws IOException {
		long made = new SyntheticWorkspace(7).generate(folder, 30_000);
		assertTrue(Math.abs(made - 30_000) < 300, "about the asked size: " + made);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		assertEquals(List.of(), workspace.problems());
		long counted = 0;
		for (EObject root : workspace.roots()) {
			counted++;
			for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext(); all.next()) {
				counted++;
			}
		}
		assertEquals(made, counted, "the files hold every element made");
		List<String> errors = new ModelValidation().validate(workspace.roots()).getChildren().stream()
				.filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).limit(5).toList();
		assertEquals(List.of(), errors);
	}
}
