package org.tandem.ui.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;
import org.tandem.testing.Ui;

/** File &gt; Import: a file's items go into the chosen plan as one undoable step; a bad file changes nothing. */
class ImportDialogTest {

	@TempDir
	Path folder;
	private DialogFixture fixture;
	private ImportDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		fixture.harness.close();
	}

	@Test
	void aGanttProjectFileGoesIntoThePlanAsOneUndoableStep() throws Exception {
		fixture = new DialogFixture(folder);
		ImplementationPlan plan = fixture.plan("energie");
		int itemsBefore = plan.getItems().size();
		int linksBefore = plan.getDependencies().size();
		PlanItem selected = plan.getItems().get(0);
		dialog = DialogFixture.open(new ImportDialog(fixture.harness.shell(), fixture.harness.editing(), DialogFixture.importers(), selected, new Failures()));
		assertEquals(Choice.of(plan).label(), DialogFixture.combo(dialog, Messages.targetPlan).getText(), "the selection's plan is the target");

		Text file = DialogFixture.fileField(dialog);
		Ui.click(file, 5, 5);
		String path = DialogFixture.sample(folder).toString();
		Ui.type(path);
		Ui.waitUntil(() -> file.getText().equals(path), 5, "the path typed into the file field");
		assertEquals("GanttProject (*.gan)", DialogFixture.combo(dialog, Messages.format).getText(), "the extension chooses the importer");
		DialogFixture.press(dialog, DialogFixture.OK);
		Ui.waitUntil(() -> plan.getItems().size() > itemsBefore || dialog.getErrorMessage() != null, 5, "the import");

		assertEquals(itemsBefore + 2, plan.getItems().size(), () -> "error: " + dialog.getErrorMessage() + ", file: " + file.getText());
		WorkPackage survey = (WorkPackage) plan.getItems().get(itemsBefore);
		assertEquals("AP 1 Bestandsaufnahme", survey.getName().getText("de"));
		assertTrue(survey.getChildren().get(2) instanceof Milestone);
		assertEquals(linksBefore + 3, plan.getDependencies().size());
		assertEquals("Li Wei", survey.getChildren().get(0).getResponsible().getLatinName(), "the demo's Li Wei is responsible");
		assertTrue(survey.getChildren().get(0).getResponsible().eResource() != null, "a person of the workspace");
		assertEquals("Resource \"Erika Muster\": no person of that name in the workspace, so 1 item(s) have no one responsible",
				Ui.find(dialog.getShell(), Text.class, text -> (text.getStyle() & SWT.MULTI) != 0).orElseThrow().getText());
		assertEquals("Imported 1 plan(s) with 3 task(s), 1 milestone(s) and 3 link(s).", dialog.getMessage());
		assertTrue(fixture.harness.editing().isDirty(plan.eResource()));

		CommandStack stack = fixture.harness.editing().stackFor(plan).orElseThrow();
		stack.undo();
		assertEquals(itemsBefore, plan.getItems().size(), "one undo takes the whole import back");
		assertEquals(linksBefore, plan.getDependencies().size());
		assertFalse(stack.canUndo());
	}

	@Test
	void aBrokenFileIsNamedWithItsLineAndChangesNothing() throws Exception {
		fixture = new DialogFixture(folder);
		ImplementationPlan plan = fixture.plan("wasser");
		int itemsBefore = plan.getItems().size();
		Path broken = Files.writeString(folder.resolve("broken.csv"), "Type,Name,Start,Finish\nTask,Survey,2026-01-05,2026-01-30\nTask,Visit,soon,2026-02-01\n");
		dialog = DialogFixture.open(new ImportDialog(fixture.harness.shell(), fixture.harness.editing(), DialogFixture.importers(), plan, new Failures()));
		DialogFixture.fileField(dialog).setText(broken.toString());
		DialogFixture.press(dialog, DialogFixture.OK);

		assertEquals(broken + ", line 3: 1 row(s) cannot be read, nothing was imported:\nline 3: Start \"soon\" is not a date written as yyyy-MM-dd",
				dialog.getErrorMessage());
		assertEquals(itemsBefore, plan.getItems().size());
		assertFalse(fixture.harness.editing().stackFor(plan).orElseThrow().canUndo());

		DialogFixture.fileField(dialog).setText(folder.resolve("plan.pdf").toString());
		assertEquals("Format: no format reads .pdf files.", dialog.getErrorMessage());
	}

	@Test
	void intoANewPlanOfTheSelectedTaskGroupAsAFileOfItsOwn() throws Exception {
		fixture = new DialogFixture(folder);
		TaskGroup group = fixture.plan("energie").getTaskGroup();
		List<XMLResource> before = fixture.harness.workspace().models();
		dialog = DialogFixture.open(new ImportDialog(fixture.harness.shell(), fixture.harness.editing(), DialogFixture.importers(), group, new Failures()));
		assertEquals(NLS.bind(Messages.newPlanFor, Choice.name(group)), DialogFixture.combo(dialog, Messages.targetPlan).getText(),
				"a selected task group gets a new plan");
		DialogFixture.fileField(dialog).setText(DialogFixture.sample(folder).toString());
		DialogFixture.press(dialog, DialogFixture.OK);
		Ui.waitUntil(() -> fixture.harness.workspace().models().size() > before.size() || dialog.getErrorMessage() != null, 5, "the import");

		List<XMLResource> added = fixture.harness.workspace().models().stream().filter(m -> !before.contains(m)).toList();
		assertEquals(1, added.size(), () -> "error: " + dialog.getErrorMessage());
		ImplementationPlan plan = (ImplementationPlan) added.get(0).getContents().get(0);
		assertEquals(group, plan.getTaskGroup());
		assertEquals(2, plan.getItems().size());
		Path file = fixture.harness.workspace().fileOf(added.get(0)).orElseThrow();
		assertEquals("plans", file.getParent().getFileName().toString());
		assertFalse(fixture.harness.editing().isDirty(added.get(0)), "saved at once");
		assertEquals("Imported 1 plan(s) with 3 task(s), 1 milestone(s) and 3 link(s) into the new file plans/" + file.getFileName() + ".",
				dialog.getMessage());
		ImplementationPlan reloaded = (ImplementationPlan) fixture.harness.reopen().models().stream()
				.filter(m -> m.getURI().lastSegment().equals(file.getFileName().toString())).findFirst().orElseThrow().getContents().get(0);
		assertEquals(group.getId(), reloaded.getTaskGroup().getId());
		assertEquals(2, reloaded.getItems().size());
	}
}
