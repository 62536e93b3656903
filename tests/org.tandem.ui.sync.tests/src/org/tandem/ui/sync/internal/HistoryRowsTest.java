package org.tandem.ui.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.sync.api.history.FileChanges;
import org.tandem.sync.api.history.History;
import org.tandem.sync.api.history.Revision;

/** The History part reads what a commit changed once and keeps it for later readings. */
class HistoryRowsTest {

	@TempDir
	Path folder;

	@Test
	void whatACommitChangedIsReadOnceAndForgottenWhenTheCommitDropsOut() throws Exception {
		DemoWorkspace.create(folder);
		try (GitWorkspace git = GitWorkspace.create(folder)) {
			git.commitSaved(new PersonIdent("Anna Becker", "anna@example.org")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<String, List<FileChanges>> known = new HashMap<>();
		known.put("0000000000000000000000000000000000000000", List.of()); //$NON-NLS-1$
		try (History history = History.of(folder)) {
			HistoryRows rows = new HistoryRows(history, known);
			List<Revision> revisions = rows.revisions();
			assertEquals(1, revisions.size());
			String id = revisions.get(0).id();
			int all = rows.changes(revisions, null).size();
			assertTrue(all > 0, "the first commit adds the demo's elements"); //$NON-NLS-1$
			assertEquals(List.of(id), List.copyOf(known.keySet()), "read once and kept; a commit no longer listed is forgotten"); //$NON-NLS-1$

			FileChanges first = known.get(id).get(0);
			known.put(id, List.of(first));
			assertEquals(first.changes().size(), rows.changes(revisions, null).size(), "the second reading takes what was kept"); //$NON-NLS-1$
			assertFalse(known.get(id).isEmpty());
		}
	}
}
