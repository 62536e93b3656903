package org.tandem.ui.partnership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Activity;
import org.tandem.model.api.FollowUp;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.TaskGroup;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;

/** The partnership tracker on the demo's Rhine-Neckar – Urumqi partnership, on 23 November 2026. */
class PartnershipPartTest {

	private EditorHarness harness;
	private Partnership partnership;
	private PartnershipPart part;
	private final List<Object> selected = new ArrayList<>();

	@BeforeEach
	void open(@TempDir Path folder) throws Exception {
		harness = new EditorHarness(folder, 1400, 900);
		harness.context().set(Clock.class, Clock.fixed(LocalDate.parse("2026-11-23").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		harness.context().set(ESelectionService.class, (ESelectionService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ESelectionService.class }, (proxy, method, args) -> {
					if (method.getName().equals("setSelection")) {
						selected.add(args[0]);
					}
					return null;
				}));
		partnership = harness.workspace().roots().stream().filter(Partnership.class::isInstance).map(Partnership.class::cast)
				.filter(p -> p.getTaskGroups().size() == 2).findFirst().orElseThrow();
		part = harness.open(PartnershipPart.class, partnership);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void bothRegionsSideBySideWithTheirPeople() {
		assertEquals(2, part.regions().size(), "two regions, nobody without one");
		for (int i = 0; i < 2; i++) {
			Table people = (Table) part.regions().get(i).viewers().get(0).getControl();
			assertTrue(people.getItemCount() > 0, "people of region " + i);
			for (TableItem item : people.getItems()) {
				assertSame(partnership.getRegions().get(i), RegionMembers.regionOf((Person) item.getData()));
			}
			assertTrue(((Table) part.regions().get(i).viewers().get(1).getControl()).getItemCount() > 0, "organizations of region " + i);
		}
		assertTrue(part.regions().get(0).control().getText().length() > 0, "the region's name heads its panel");
	}

	@Test
	void someoneWithoutARegionGetsAPanelOfTheirOwnAfterTheEdit() {
		Person guest = TandemFactory.eINSTANCE.createPerson();
		guest.setLatinName("Guest");
		harness.editing().execute(partnership, AddCommand.create(harness.editing().domainFor(partnership).orElseThrow(), partnership,
				TandemPackage.Literals.PARTNERSHIP__PEOPLE, guest));
		assertEquals(3, part.regions().size());
		assertEquals(Messages.region_without, part.regions().get(2).control().getText());
		assertSame(guest, ((Table) part.regions().get(2).viewers().get(0).getControl()).getItem(0).getData());
		harness.editing().stackFor(partnership).orElseThrow().undo();
		assertEquals(2, part.regions().size());
	}

	@Test
	void taskGroupsShowCoChairsAndHealth() {
		Table table = part.taskGroups().viewer().getTable();
		assertEquals(2, table.getItemCount());
		TableItem water = Arrays.stream(table.getItems()).filter(i -> ((TaskGroup) i.getData()).getDomain().equals("water-resources"))
				.findFirst().orElseThrow();
		assertTrue(water.getText(1).contains("Li Wei"), water.getText(1));
		assertEquals("3", water.getText(2), "open milestones");
		assertEquals("1", water.getText(3), "late milestones");
		assertEquals(new Texts(null).date(LocalDate.parse("2025-10-22")), water.getText(4), "last activity");
	}

	@Test
	void timelineGroupsActivitiesByYear() {
		Tree tree = part.timeline().viewer().getTree();
		assertEquals(List.of("2024", "2025"), Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList());
		assertEquals(1, tree.getItem(0).getItemCount());
		assertEquals(3, tree.getItem(1).getItemCount());
		assertTrue(tree.getItem(1).getItem(0).getData() instanceof Activity);
	}

	@Test
	void checkingAFollowUpMarksItDoneUndoably() {
		FollowUp followUp = partnership.getAgreements().get(0).getFollowUps().get(0);
		assertFalse(followUp.isDone());
		part.markDone(followUp, true);
		assertTrue(followUp.isDone());
		TreeItem item = part.agreements().viewer().getTree().getItem(0).getItem(0);
		assertTrue(item.getChecked(), "the check box follows");
		assertTrue(harness.editing().isDirty(partnership.eResource()));
		harness.editing().stackFor(followUp).orElseThrow().undo();
		assertFalse(followUp.isDone());
		assertFalse(part.agreements().viewer().getTree().getItem(0).getItem(0).getChecked());
	}

	@Test
	void clickingTheCheckBoxOfAnAgreementMarksAllItsFollowUps() {
		Tree tree = part.agreements().viewer().getTree();
		TreeItem agreement = tree.getItem(0);
		Ui.click(tree, agreement.getImageBounds(0).x - 13, agreement.getBounds().y + agreement.getBounds().height / 2);
		Ui.waitUntil(() -> partnership.getAgreements().get(0).getFollowUps().stream().allMatch(FollowUp::isDone), 5,
				"the follow-ups to be done");
	}

	@Test
	void selectingAndRevealingElements() {
		Person person = partnership.getPeople().get(0);
		part.reveal(person);
		assertTrue(selected.contains(person), "the revealed person is the workbench's selection");
		Activity activity = partnership.getActivities().get(2);
		part.reveal(activity.getName());
		assertSame(activity, part.timeline().viewer().getStructuredSelection().getFirstElement(), "a text reveals its element");
		part.open(activity);
		assertSame(activity, selected.get(selected.size() - 1), "without an editor, opening selects");
	}

	@Tag("screenshots")
	@Test
	void screenshot() throws Exception {
		Screenshots.save(harness.shell(), "partnership");
	}
}
