package org.tandem.ui.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemPackage;
import org.tandem.report.internal.dashboard.PartnershipDashboard;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;

/** The dashboard part on the demo workspace, on 23 November 2026. */
class DashboardPartTest {

	@TempDir
	Path folder;
	private EditorHarness harness;
	private DashboardPart part;
	private Partnership rhineNeckar;

	@BeforeEach
	void open() throws Exception {
		harness = new EditorHarness(Files.createDirectories(folder.resolve("workspace")), 1400, 900);
		harness.context().set(Clock.class, Clock.fixed(LocalDate.parse("2026-11-23").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		rhineNeckar = PartnershipDashboard.partnerships(harness.workspace().roots()).stream().filter(p -> p.getTaskGroups().size() == 2).findFirst()
				.orElseThrow();
		part = harness.open(DashboardPart.class, rhineNeckar);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	private static List<String> column(Table table, int index) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(index)).toList();
	}

	@Test
	void showsMilestonesIndicatorsAndActivitiesOfThePartnership() {
		assertEquals(rhineNeckar, part.shown().partnership());
		Table overdue = part.milestones().overdue();
		assertEquals(1, overdue.getItemCount());
		assertTrue(overdue.getItem(0).getText(1).startsWith("M3"), overdue.getItem(0).getText(1));
		assertEquals(3, part.milestones().next().getItemCount());
		TableItem slipped = part.milestones().next().getItem(0);
		assertEquals("+91", slipped.getText(5).replaceAll("[^+0-9]", ""), "the plant's slip");
		assertEquals(Lights.colour(((TrackedMilestone) slipped.getData()).light()).getRGB(), slipped.getForeground(0).getRGB());
		assertEquals(5, part.indicators().bars().size(), "every indicator of the demo has a measurement and a target");
		assertEquals(4, part.activities().table().getItemCount());
		assertTrue(part.activities().table().getItem(0).getText(0).contains("25"), "the latest, in October 2025, first");
		assertTrue(part.partnerships().getText().length() > 0);
		assertTrue(Ui.find(part.content(), org.eclipse.swt.widgets.Label.class, l -> l.getText().contains("42")).isPresent(),
				"the water withdrawal's share of the way");
	}

	@Test
	void followsEditsAndSwitchesPartnership() {
		Milestone review = (Milestone) part.shown().overdue().get(0).milestone();
		harness.editing().execute(review, SetCommand.create(harness.editing().domainFor(review).orElseThrow(), review,
				TandemPackage.Literals.MILESTONE__STATUS, MilestoneStatus.DONE));
		Ui.settle();
		assertEquals(List.of(), part.shown().overdue(), "done now");
		assertEquals(3, part.shown().counts().done());
		assertEquals(null, part.milestones().overdue());

		Partnership ruhr = PartnershipDashboard.partnerships(harness.workspace().roots()).stream().filter(p -> p != rhineNeckar).findFirst().orElseThrow();
		part.partnerships().select(PartnershipDashboard.partnerships(harness.workspace().roots()).indexOf(ruhr));
		part.partnerships().notifyListeners(SWT.Selection, null);
		assertEquals(ruhr, part.shown().partnership());
		assertTrue(harness.part(part).getLabel().contains(ruhr.getName().getTextOrOriginal(Locale.getDefault().getLanguage())));
	}

	@Test
	void exportsTheShownDashboardAsHtmlInTheChosenLanguage() throws Exception {
		part.language().select(DashboardPart.LANGUAGES.indexOf(Locale.CHINESE));
		Path page = folder.resolve("dashboard-zh.html");
		assertTrue(HtmlExport.write(harness.shell(), part.shown(), part.exportLanguage(), page));
		String html = Files.readString(page, StandardCharsets.UTF_8);
		assertTrue(html.contains("<html lang=\"zh\">") && html.contains("已逾期的里程碑") && html.contains("乌昌地区工业取水量"));

		Path nowhere = Files.writeString(folder.resolve("a file, not a folder"), "").resolve("dashboard.html");
		var message = Ui.answerDialog(Messages.export_title, IDialogConstants.OK_LABEL);
		assertFalse(HtmlExport.write(harness.shell(), part.shown(), Locale.GERMAN, nowhere));
		assertTrue(message.get() != null && message.get().contains(nowhere.toString()), String.valueOf(message.get()));
	}

	@Tag("screenshots")
	@Test
	void screenshot() throws Exception {
		Screenshots.save(harness.shell(), "dashboard");
	}
}
