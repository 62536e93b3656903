package org.tandem.ui.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;
import org.tandem.ui.sync.internal.HistoryRows.Row;

/**
 * The History part on a shared demo workspace: Li Wei's change of a milestone's date reads as a
 * sentence, the part follows the element selected, two versions compare, and restoring the element
 * as it was before the change is one command that undo takes back.
 */
class HistoryWorkbenchTest {

	private static final PersonIdent ANNA = new PersonIdent("Anna Becker", "anna@example.org");
	private static final PersonIdent LI = new PersonIdent("Li Wei", "li@example.org");

	@TempDir
	Path folder;

	@Test
	@Tag("screenshots")
	void whoChangedWhatReadsAsSentencesAndAnElementIsRestoredByOneUndoableCommand() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("ws"));
		DemoWorkspace.create(workspace);
		try (GitWorkspace git = GitWorkspace.create(workspace)) {
			git.commitSaved(ANNA);
		}
		try (Desk desk = new Desk(workspace, folder.resolve("secure"))) {
			EObject m2 = desk.milestone("2027-06-30");
			desk.plan(m2, "2027-07-31");
			desk.editing().save((org.eclipse.emf.ecore.xmi.XMLResource) m2.eResource());
			try (GitWorkspace git = GitWorkspace.open(workspace)) {
				git.commitSaved(LI);
			}
			HistoryPart part = desk.part(HistoryPart.class);
			String label = Ui.find(desk.shell, Label.class, l -> true).orElseThrow().getText();
			Ui.waitUntil(() -> rows(part.changes()).size() > 1, 30, "the history");
			List<Row> rows = rows(part.changes());
			assertEquals("Li Wei", rows.get(0).revision().author());
			String sentence = rows.get(0).sentence();
			assertTrue(sentence.startsWith("Li Wei ") && sentence.contains("2027-06-30") && sentence.contains("2027-07-31"), sentence);
			assertEquals(Messages.history_scopeWorkspace, label);

			desk.lastPartContext().set(IServiceConstants.ACTIVE_SELECTION, m2);
			Ui.waitUntil(() -> rows(part.changes()).size() == 1 && rows(part.changes()).get(0).change().concerns(idOf(m2)), 30,
					"the milestone's history: its date changed (it came with the file, whose addition is the plan's)");
			assertTrue(Ui.find(desk.shell, Label.class, l -> l.getText().equals(org.eclipse.osgi.util.NLS.bind(Messages.history_scopeElement,
					l.getText().isEmpty() ? "" : rows(part.changes()).get(0).change().elementLabel()))).isPresent(), "the scope names the milestone");

			press(desk, Messages.history_compare);
			Ui.waitUntil(() -> rows(part.differences()).size() == 1, 30, "the comparison");
			assertEquals("2027-07-31", rows(part.differences()).get(0).change().after());
			Screenshots.save(desk.shell, "history-part");

			part.changes().setSelection(new StructuredSelection(rows(part.changes()).get(0)), true);
			press(desk, Messages.history_restoreElement);
			assertTrue(part.message().contains(rows(part.changes()).get(0).change().elementLabel()), part.message());
			EObject restored = desk.milestone("2027-06-30");
			assertEquals(m2, restored, "restored in place: what refers to it still does");
			assertTrue(desk.editing().isDirty(m2.eResource()));
			desk.editing().stackFor(m2).orElseThrow().undo();
			assertEquals("2027-07-31", Desk.planned(m2), "one undo takes the restore back");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Row> rows(org.eclipse.jface.viewers.TableViewer viewer) {
		Object input = viewer.getInput();
		return input == null ? List.of() : (List<Row>) input;
	}

	private static String idOf(EObject element) {
		return ((org.tandem.model.api.Identified) element).getId();
	}

	private static void press(Desk desk, String label) {
		Button button = Ui.find(desk.shell, Button.class, b -> label.equals(b.getText()) && (b.getStyle() & SWT.PUSH) != 0).orElseThrow();
		Ui.click(button, button.getSize().x / 2, button.getSize().y / 2);
	}
}
