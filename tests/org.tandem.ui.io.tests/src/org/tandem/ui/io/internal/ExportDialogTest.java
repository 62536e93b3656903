package org.tandem.ui.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.Offered;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;

/** File &gt; Export: the chosen element, format and language go into the chosen file, whole or not at all. */
class ExportDialogTest {

	@TempDir
	Path folder;
	private DialogFixture fixture;
	private ExportDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		fixture.harness.close();
	}

	@Test
	void theSelectedPlanIsWrittenInTheChosenFormatAndLanguage() throws Exception {
		fixture = new DialogFixture(folder);
		ImplementationPlan plan = fixture.plan("wasser");
		dialog = DialogFixture.open(new ExportDialog(fixture.harness.shell(), fixture.harness.workspace(), DialogFixture.exporters(), plan.getItems().get(1), new Failures()));
		assertEquals(Choice.of(plan).label(), DialogFixture.combo(dialog, Messages.scope).getText(), "the selection's plan is what is exported");

		choose(DialogFixture.combo(dialog, Messages.format), "Tasks and milestones as CSV");
		choose(DialogFixture.combo(dialog, Messages.language), "中文");
		assertTrue(DialogFixture.fileField(dialog).getText().endsWith(".csv"), DialogFixture.fileField(dialog).getText());
		Path file = folder.resolve("out/water plan.csv");
		DialogFixture.fileField(dialog).setText(file.toString());
		DialogFixture.press(dialog, DialogFixture.OK);

		assertEquals(null, dialog.getErrorMessage());
		assertTrue(dialog.getShell() == null, "the dialog closes after writing");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFF编号,类型,名称,工作包,开始,结束"), text);
		assertTrue(text.contains("M2 中水回用厂投入运行"), text);
	}

	@Test
	void aFormatThatCannotExportTheElementSaysSoAndWritesNothing() throws Exception {
		fixture = new DialogFixture(folder);
		Partnership partnership = (Partnership) fixture.harness.workspace().roots().stream().filter(Partnership.class::isInstance).findFirst().orElseThrow();
		dialog = DialogFixture.open(new ExportDialog(fixture.harness.shell(), fixture.harness.workspace(), DialogFixture.exporters(), partnership, new Failures()));
		choose(DialogFixture.combo(dialog, Messages.format), "MS Project XML");
		Path file = folder.resolve("partnership.xml");
		DialogFixture.fileField(dialog).setText(file.toString());
		DialogFixture.press(dialog, DialogFixture.OK);

		assertEquals("Format: MS Project XML (MSPDI) cannot export " + Choice.of(partnership).label() + ".", dialog.getErrorMessage());
		assertFalse(Files.exists(file));

		DialogFixture.fileField(dialog).setText("");
		DialogFixture.press(dialog, DialogFixture.OK);
		assertEquals("File: give the name of a file.", dialog.getErrorMessage());
	}

	@Test
	void aPluginThatThrowsIsNamedAndLeavesNoFile() throws Exception {
		fixture = new DialogFixture(folder);
		ImplementationPlan plan = fixture.plan("wasser");
		Exporter broken = new Exporter() {
			@Override
			public String id() {
				return "org.example.broken";
			}

			@Override
			public String name(Locale locale) {
				return "Broken";
			}

			@Override
			public String fileExtension() {
				return "txt";
			}

			@Override
			public boolean accepts(EObject scope) {
				return true;
			}

			@Override
			public void export(EObject scope, OutputStream out, Locale locale) throws IOException {
				out.write("half".getBytes(StandardCharsets.UTF_8));
				throw new IllegalStateException("out of ink");
			}
		};
		Failures failures = new Failures();
		dialog = DialogFixture.open(new ExportDialog(fixture.harness.shell(), fixture.harness.workspace(),
				Offered.exporters(List.of(broken), Locale.ENGLISH, failures), plan, failures));
		Path file = folder.resolve("broken.txt");
		DialogFixture.fileField(dialog).setText(file.toString());
		DialogFixture.press(dialog, DialogFixture.OK);

		assertEquals(file + " could not be written: The plug-in org.tandem.ui.io failed: java.lang.IllegalStateException: out of ink",
				dialog.getErrorMessage());
		assertFalse(Files.exists(file), "no half-written file");
	}

	/** Picks the item that starts with {@code start}, as a person choosing from the list would. */
	static void choose(Combo combo, String start) {
		for (int i = 0; i < combo.getItemCount(); i++) {
			if (combo.getItem(i).startsWith(start)) {
				combo.select(i);
				combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				return;
			}
		}
		throw new AssertionError(start + " is not among " + String.join(", ", combo.getItems()));
	}
}
