package org.tandem.ui.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.TaskGroup;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;

/** The import dialog offering a new plan of the selected task group, before and after the import, in the run's language. */
@Tag("screenshots")
class ImportNewPlanScreenshotTest {

	@Test
	void importIntoANewPlan(@TempDir Path folder) throws Exception {
		DialogFixture fixture = new DialogFixture(folder);
		try {
			TaskGroup group = fixture.plan("wasser").getTaskGroup();
			int models = fixture.harness.workspace().models().size();
			ImportDialog importing = DialogFixture.open(new ImportDialog(fixture.harness.shell(), fixture.harness.editing(), DialogFixture.importers(), group, new Failures()));
			DialogFixture.fileField(importing).setText(DialogFixture.sample(folder).toString());
			assertEquals(NLS.bind(Messages.newPlanFor, Choice.name(group)), DialogFixture.combo(importing, Messages.targetPlan).getText());
			Path before = Screenshots.save(importing.getShell(), "import-new-plan");
			assertTrue(Files.size(before) > 1000, before.toString());
			DialogFixture.press(importing, DialogFixture.OK);
			Ui.waitUntil(() -> fixture.harness.workspace().models().size() > models, 5, "the new plan file");
			Path after = Screenshots.save(importing.getShell(), "import-new-plan-done");
			assertTrue(Files.size(after) > 1000, after.toString());
			importing.close();
		} finally {
			fixture.harness.close();
		}
	}
}
