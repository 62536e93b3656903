package org.tandem.ui.io.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;

/** The import dialog after an import (with what was not mapped) and the export dialog, in the run's language. */
@Tag("screenshots")
class ExchangeScreenshotTest {

	@Test
	void importAndExportDialogs(@TempDir Path folder) throws Exception {
		DialogFixture fixture = new DialogFixture(folder);
		try {
			ImplementationPlan plan = fixture.plan("wasser");
			ImportDialog importing = DialogFixture.open(new ImportDialog(fixture.harness.shell(), fixture.harness.editing(), DialogFixture.importers(), plan, new Failures()));
			DialogFixture.fileField(importing).setText(DialogFixture.sample(folder).toString());
			DialogFixture.press(importing, DialogFixture.OK);
			Ui.settle();
			Path picture = Screenshots.save(importing.getShell(), "import-dialog");
			assertTrue(Files.size(picture) > 1000, picture.toString());
			importing.close();

			ExportDialog exporting = DialogFixture.open(new ExportDialog(fixture.harness.shell(), fixture.harness.workspace(), DialogFixture.exporters(), plan, new Failures()));
			Path second = Screenshots.save(exporting.getShell(), "export-dialog");
			assertTrue(Files.size(second) > 1000, second.toString());
			exporting.close();
		} finally {
			fixture.harness.close();
		}
	}
}
