package org.tandem.ui.indicators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Target;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;

/** The indicator editor on the demo's Rhine-Neckar – Urumqi indicators: tables edited in place, charts, both regions, the import wizard. */
class IndicatorEditorPartTest {

	private EditorHarness harness;
	private Partnership partnership;

	@BeforeEach
	void open(@TempDir Path folder) throws Exception {
		harness = new EditorHarness(folder, 1400, 900);
		partnership = harness.workspace().roots().stream().filter(Partnership.class::isInstance).map(Partnership.class::cast)
				.filter(p -> p.getTaskGroups().size() == 2).findFirst().orElseThrow();
	}

	@AfterEach
	void close() {
		harness.close();
	}

	private IndicatorEditorPart open(int index) {
		return harness.open(IndicatorEditorPart.class, partnership.getIndicators().get(index));
	}

	@Test
	void tablesAndChartsShowTheIndicator() {
		IndicatorEditorPart part = open(0);
		assertEquals(2, ((Table) part.targets().table().viewer().getControl()).getItemCount());
		assertEquals(3, ((Table) part.measurements().table().viewer().getControl()).getItemCount());
		assertEquals(List.of(Messages.seriesMeasured, Messages.seriesTargets, Messages.seriesBaseline, Messages.seriesExpected),
				part.chart().names().subList(0, 4));
		assertTrue(part.regions().left().control().isVisible());
		assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.sameMethod, "statistical yearbook"), part.regions().note().getText());
		assertTrue(part.chart().names().size() >= 5, "the trend calculator adds its line: " + part.chart().names());
	}

	@Test
	void differentMethodsOfTheTwoRegionsAreNoted() {
		Indicator mannheim = partnership.getIndicators().stream().filter(i -> "BISKO".equals(i.getMethod())).findFirst().orElseThrow();
		IndicatorEditorPart part = harness.open(IndicatorEditorPart.class, mannheim);
		String note = part.regions().note().getText();
		assertTrue(note.contains("BISKO") && note.contains("CEADs"), note);
	}

	@Test
	void cellsAreEditedInPlaceAsCommandsAndBadTextIsRefusedNamingTheField() {
		IndicatorEditorPart part = open(0);
		Target target = part.indicator().getTargets().get(0);
		FigureTable table = part.targets().table();
		List<FigureColumn> columns = Figures.targetColumns(part.indicator());
		assertTrue(table.edit(target, columns.get(1), "365.5"));
		assertEquals(365.5, target.getValue());
		assertFalse(table.edit(target, columns.get(1), "viel"));
		assertTrue(part.problems().contains(Messages.columnValue) && part.problems().contains("viel"), part.problems());
		assertFalse(table.edit(target, columns.get(2), "t"));
		assertEquals("million m3", target.getUnit());
		assertTrue(table.edit(target, columns.get(2), "m3"));
		assertEquals("m3", target.getUnit());
		harness.editing().stackFor(target).orElseThrow().undo();
		harness.editing().stackFor(target).orElseThrow().undo();
		assertEquals(380.0, target.getValue());
	}

	@Test
	void addAndRemoveAreUndoable() {
		IndicatorEditorPart part = open(0);
		part.measurements().add(Messages.addMeasurement, org.tandem.model.api.TandemFactory.eINSTANCE.createMeasurement());
		Ui.settle();
		assertEquals(4, part.indicator().getMeasurements().size());
		assertEquals(4, ((Table) part.measurements().table().viewer().getControl()).getItemCount());
		part.measurements().removeSelected();
		assertEquals(3, part.indicator().getMeasurements().size());
		harness.editing().stackFor(part.indicator()).orElseThrow().undo();
		assertEquals(4, part.indicator().getMeasurements().size());
	}

	@Test
	void importWizardPreviewsRefusesBadRowsAndAddsTheRestAsOneCommand(@TempDir Path files) throws Exception {
		IndicatorEditorPart part = open(0);
		Path csv = files.resolve("wasser.csv");
		Files.writeString(csv, "Jahr;Wert;Einheit\n2026;395,0;million m3\n2027;?;million m3\n2028;380000000;m3\n", StandardCharsets.UTF_8);
		ImportWizard wizard = new ImportWizard(part.indicator(), harness.editing());
		WizardDialog dialog = new WizardDialog(harness.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.page().load(csv);
			assertEquals(2, wizard.page().preview().accepted().size());
			assertEquals(3, wizard.page().preview().rejected().get(0).line());
			assertEquals(1, wizard.page().rejectedViewer().getTable().getItemCount());
			assertTrue(wizard.page().isPageComplete());
			wizard.page().choose(org.tandem.core.internal.imports.ColumnMapping.Field.VALUE, -1);
			assertFalse(wizard.page().isPageComplete());
			assertTrue(wizard.page().getErrorMessage().contains(Messages.fieldValue), wizard.page().getErrorMessage());
			wizard.page().choose(org.tandem.core.internal.imports.ColumnMapping.Field.VALUE, 1);
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		assertEquals(5, part.indicator().getMeasurements().size());
		assertEquals(380.0, part.indicator().getMeasurements().get(4).getValue() / 1e6, 1e-9);
		harness.editing().stackFor(part.indicator()).orElseThrow().undo();
		assertEquals(3, part.indicator().getMeasurements().size(), "one undo takes back the whole import");
	}

	@Test
	@Tag("screenshots")
	void screenshotOfTheChartsWithTheMethodNote() throws Exception {
		Indicator mannheim = partnership.getIndicators().stream().filter(i -> "BISKO".equals(i.getMethod())).findFirst().orElseThrow();
		harness.open(IndicatorEditorPart.class, mannheim);
		Screenshots.save(harness.shell(), "indicator-editor");
	}
}
