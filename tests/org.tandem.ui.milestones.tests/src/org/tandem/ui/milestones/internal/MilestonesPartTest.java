package org.tandem.ui.milestones.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.milestones.MilestoneOrder;
import org.tandem.core.api.milestones.MilestoneState;
import org.tandem.core.api.milestones.Showing;
import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.core.api.milestones.TrafficLight;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.TaskGroup;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;
import org.tandem.ui.api.editing.ElementEditors;

/** The milestone board on the demo workspace, on 23 November 2026, against each plan's latest baseline. */
class MilestonesPartTest {

	private EditorHarness harness;
	private MilestonesPart part;
	private Partnership rhineNeckar;
	private final List<EObject> opened = new ArrayList<>();

	@BeforeEach
	void open(@TempDir Path folder) throws Exception {
		harness = new EditorHarness(folder, 1400, 800);
		harness.context().set(Clock.class, Clock.fixed(LocalDate.parse("2026-11-23").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		harness.context().set(ElementEditors.class, new ElementEditors(null, null, null) {
			@Override
			public boolean canOpen(EObject element) {
				return true;
			}

			@Override
			public Optional<MPart> open(EObject element) {
				opened.add(element);
				return Optional.empty();
			}
		});
		rhineNeckar = harness.workspace().roots().stream().filter(Partnership.class::isInstance).map(Partnership.class::cast)
				.filter(p -> p.getTaskGroups().size() == 2).findFirst().orElseThrow();
		part = harness.open(MilestonesPart.class, rhineNeckar);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	private Milestone milestone(String domain, String englishPrefix) {
		return harness.workspace().roots().stream().filter(ImplementationPlan.class::isInstance).map(ImplementationPlan.class::cast)
				.filter(p -> p.getTaskGroup() != null && domain.equals(p.getTaskGroup().getDomain()))
				.flatMap(p -> p.getItems().stream()).flatMap(i -> i.eContents().stream()).filter(Milestone.class::isInstance)
				.map(Milestone.class::cast).filter(m -> m.getName().getText("en").startsWith(englishPrefix)).findFirst().orElseThrow();
	}

	private TrackedMilestone row(int index) {
		return (TrackedMilestone) part.board().viewer().getTable().getItem(index).getData();
	}

	private TrackedMilestone rowOf(Milestone milestone) {
		return part.shown().stream().filter(t -> t.milestone() == milestone).findFirst().orElseThrow();
	}

	@Test
	void allMilestonesWithLightsByDate() {
		Table table = part.board().viewer().getTable();
		assertEquals(6, table.getItemCount());
		Milestone waterPlant = milestone("water-resources", "M2");
		Milestone review = milestone("water-resources", "M3");
		assertEquals(TrafficLight.RED, rowOf(review).light(), "overdue since June");
		assertEquals(MilestoneState.OVERDUE, rowOf(review).state());
		assertEquals(TrafficLight.RED, rowOf(waterPlant).light(), "slipped 91 days against the 2025 visit");
		assertEquals(91L, rowOf(waterPlant).slipDays());
		int index = part.shown().indexOf(rowOf(waterPlant));
		assertEquals("+91", table.getItem(index).getText(4).replaceAll("[^+0-9]", ""), "the slip column");
		assertTrue(table.getItem(index).getImage(0) != null, "a lamp");
		for (int i = 1; i < table.getItemCount(); i++) {
			assertTrue(!row(i).planned().isBefore(row(i - 1).planned()), "by date");
		}
	}

	@Test
	void filterByTaskGroupStatusAndSortBySlip() {
		Choice<TaskGroup> groups = part.filters().taskGroupChoice();
		TaskGroup energy = rhineNeckar.getTaskGroups().stream().filter(g -> "energy-efficiency".equals(g.getDomain())).findFirst().orElseThrow();
		groups.combo().select(groups.values().indexOf(energy));
		groups.combo().notifyListeners(SWT.Selection, null);
		assertEquals(2, part.board().viewer().getTable().getItemCount());
		assertTrue(part.shown().stream().allMatch(t -> t.taskGroup() == energy));
		groups.combo().select(0);
		groups.combo().notifyListeners(SWT.Selection, null);
		part.filters().set(null, Showing.OVERDUE, MilestoneOrder.DATE);
		assertEquals(List.of(milestone("water-resources", "M3")), part.shown().stream().map(TrackedMilestone::milestone).toList());
		part.filters().set(rhineNeckar, Showing.ALL, MilestoneOrder.SLIP);
		assertSame(milestone("water-resources", "M2"), row(0).milestone(), "most slipped first");
	}

	@Test
	void theBoardFollowsEditsAndUndo() {
		Milestone transfer = milestone("water-resources", "M4");
		assertEquals(TrafficLight.GREEN, rowOf(transfer).light());
		harness.editing().execute(transfer, SetCommand.create(harness.editing().domainFor(transfer).orElseThrow(), transfer,
				TandemPackage.Literals.MILESTONE__PLANNED, LocalDate.parse("2026-12-01")));
		assertEquals(MilestoneState.DUE_14, rowOf(transfer).state());
		assertEquals(TrafficLight.AMBER, rowOf(transfer).light(), "due in 8 days");
		harness.editing().stackFor(transfer).orElseThrow().undo();
		assertEquals(TrafficLight.GREEN, rowOf(transfer).light());
	}

	@Test
	void enterOnARowOpensTheMilestoneInItsPlan() {
		Table table = part.board().viewer().getTable();
		table.setSelection(2);
		table.setFocus();
		Ui.key(SWT.CR, '\r', 0);
		Ui.waitUntil(() -> !opened.isEmpty(), 5, "the milestone to open");
		assertSame(row(2).milestone(), opened.get(0));
	}

	@Test
	void trendChartHasALinePerMilestoneAndTheDiagonal() {
		List<ISeries<?>> series = part.trend().series();
		assertEquals(7, series.size());
		assertEquals(TrendChart.DIAGONAL, series.get(0).getId());
		int index = part.shown().indexOf(rowOf(milestone("water-resources", "M2")));
		ISeries<?> plant = series.get(1 + index);
		double[] reported = { LocalDate.parse("2024-09-20").toEpochDay(), LocalDate.parse("2025-06-13").toEpochDay(),
				LocalDate.parse("2026-11-23").toEpochDay() };
		double[] planned = { LocalDate.parse("2026-12-31").toEpochDay(), LocalDate.parse("2027-03-31").toEpochDay(),
				LocalDate.parse("2027-06-30").toEpochDay() };
		assertArrayEquals(reported, plant.getXSeries());
		assertArrayEquals(planned, plant.getYSeries());
	}

	@Test
	void slipTableMostSlippedFirstWithTheHistory() {
		Table table = part.slips().viewer().getTable();
		assertEquals(6, table.getItemCount(), "every demo milestone is in its plan's latest baseline");
		TrackedMilestone first = (TrackedMilestone) table.getItem(0).getData();
		assertSame(milestone("water-resources", "M2"), first.milestone());
		assertEquals(3, table.getItem(0).getText(5).split("\u2192").length, "three report dates");
	}

	@Tag("screenshots")
	@Test
	void screenshots() throws Exception {
		Screenshots.save(harness.shell(), "milestone-board");
		part.tabs().setSelection(1);
		Ui.settle();
		Screenshots.save(harness.shell(), "milestone-trend");
		part.tabs().setSelection(2);
		Ui.settle();
		Screenshots.save(harness.shell(), "milestone-slips");
	}
}
