package org.tandem.ui.indicators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.ScenarioMeasure;
import org.tandem.model.api.TandemPackage;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;

/** The scenario comparison on the demo's Rhine-Neckar – Urumqi scenarios. */
class ScenarioComparisonPartTest {

	private EditorHarness harness;
	private Partnership partnership;
	private ScenarioComparisonPart part;

	@BeforeEach
	void open(@TempDir Path folder) throws Exception {
		harness = new EditorHarness(folder, 1300, 850);
		partnership = harness.workspace().roots().stream().filter(Partnership.class::isInstance).map(Partnership.class::cast)
				.filter(p -> p.getTaskGroups().size() == 2).findFirst().orElseThrow();
		part = harness.open(ScenarioComparisonPart.class, partnership.getScenarios().get(1));
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void tableSaysWhichScenarioReachesTheTargetWhenAndAtWhatCost() {
		assertEquals(0, part.indicators().getSelectionIndex(), "the water withdrawal, the first indicator with a target");
		Table table = part.table().viewer().getTable();
		assertEquals(3, table.getItemCount());
		assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.reachedIn, "2028"), table.getItem(1).getText(1));
		assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.notReached, "2028"), table.getItem(0).getText(1));
		assertEquals(Messages.noCost, table.getItem(0).getText(4));
		assertTrue(table.getItem(1).getText(4).endsWith("EUR"), table.getItem(1).getText(4));
		assertEquals(4, part.chart().names().size(), "three scenarios and the target");
		assertEquals(1, table.getSelectionIndex(), "the scenario it was opened on");
	}

	@Test
	void followsEditsOfTheScenario() {
		ScenarioMeasure recycling = partnership.getScenarios().get(1).getMeasures().get(2);
		harness.editing().execute(recycling, SetCommand.create(harness.editing().domainFor(recycling).orElseThrow(), recycling,
				TandemPackage.Literals.SCENARIO_MEASURE__ADOPTION, 0.5));
		assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.notReached, "2028"), part.table().viewer().getTable().getItem(1).getText(1));
	}

	@Test
	@Tag("screenshots")
	void screenshotOfTheComparison() throws Exception {
		Screenshots.save(harness.shell(), "scenario-comparison");
	}
}
