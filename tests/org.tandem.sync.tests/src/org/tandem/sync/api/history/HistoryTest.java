package org.tandem.sync.api.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.sync.api.git.SyncException;

/** The history of a small shared workspace: who changed what in which commit, two versions compared, a file as it was. */
class HistoryTest {

	private static final PersonIdent ANNA = new PersonIdent("Anna Becker", "anna@example.org");
	private static final PersonIdent LI = new PersonIdent("Li Wei", "li@example.org");
	private static final String PLAN = "plans/water.tandem";

	@TempDir
	Path folder;

	@Test
	void eachCommitSaysWhoChangedWhatAndTwoVersionsCompare() throws Exception {
		Path file = folder.resolve(PLAN);
		Files.createDirectories(file.getParent());
		ImplementationPlan plan = ModelDiffTest.plan();
		XMLResource resource = ModelFiles.newResource(ModelWorkspace.newResourceSet(), file);
		resource.getContents().add(plan);
		ModelFiles files = new ModelFiles();
		files.save(resource, file);
		try (GitWorkspace workspace = GitWorkspace.create(folder)) {
			workspace.commitSaved(ANNA);
			((Milestone) resource.getEObject("m3")).setPlanned(LocalDate.of(2027, 5, 1));
			files.save(resource, file);
			workspace.commitSaved(LI);
			((Milestone) resource.getEObject("m3")).setPlanned(LocalDate.of(2027, 6, 1));
			files.save(resource, file);
			workspace.commitSaved(ANNA);
		}
		try (History history = History.of(folder)) {
			List<Revision> revisions = history.revisions(50);
			assertEquals(List.of("Anna Becker", "Li Wei", "Anna Becker"), revisions.stream().map(Revision::author).toList());
			List<FileChanges> byLi = history.changes(revisions.get(1));
			assertEquals(PLAN, byLi.get(0).path());
			assertEquals("Li Wei changed \u201cPlanned\u201d of Milestone \u201cM3 Treatment plant\u201d from 2027-03-01 to 2027-05-01",
					byLi.get(0).changes().get(0).sentence(revisions.get(1).author()));
			assertEquals(ModelChange.Kind.ADDED, history.changes(revisions.get(2)).get(0).changes().get(0).kind(), "the first commit adds the plan");

			List<FileChanges> both = history.compare(revisions.get(2).id(), revisions.get(0).id());
			assertEquals(1, both.get(0).changes().size());
			assertEquals("2027-03-01", both.get(0).changes().get(0).before());
			assertEquals("2027-06-01", both.get(0).changes().get(0).after());
			String first = new String(history.file(revisions.get(2).id(), PLAN).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(first.contains("2027-03-01"), first);
		}
		assertTrue(Files.notExists(folder.resolve(".metadata/history")) || Files.list(folder.resolve(".metadata/history")).findAny().isEmpty(),
				"no scratch copy is left");
	}

	@Test
	void aWorkspaceThatIsNotSharedIsNamed() {
		SyncException e = assertThrows(SyncException.class, () -> History.of(folder));
		assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
	}
}
