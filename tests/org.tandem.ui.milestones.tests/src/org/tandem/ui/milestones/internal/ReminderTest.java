package org.tandem.ui.milestones.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.milestones.BaselineChoice;
import org.tandem.core.api.milestones.MilestoneTracker;
import org.tandem.core.api.milestones.ReminderDigest;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

/** The daily reminder on the demo workspace: once a day, only what is new, and a link to the board. */
class ReminderTest {

	private EditorHarness harness;
	private ReminderLog log;
	private final ComposedAdapterFactory adapters = ItemProviders.create();

	@BeforeEach
	void open(@TempDir Path folder) throws Exception {
		harness = new EditorHarness(folder, 900, 600);
		log = new ReminderLog(InstanceScope.INSTANCE.getNode("org.tandem.ui.milestones.tests." + UUID.randomUUID()));
	}

	@AfterEach
	void close() {
		harness.close();
		adapters.dispose();
	}

	private ReminderDigest due(String day) {
		return ReminderAddon.due(log, harness.workspace().roots(), LocalDate.parse(day)).orElse(null);
	}

	@Test
	void onceADayAndOnlyWhatBecameOverdueSince() {
		ReminderDigest first = due("2026-06-10");
		assertEquals(0, first.newlyOverdue().size());
		assertEquals(1, first.dueSoon().size(), "the mid-term review on 15 June");
		assertEquals(LocalDate.parse("2026-06-10"), log.lastShown());
		assertEquals(null, due("2026-06-10"), "not twice on one day");
		ReminderDigest later = due("2026-06-16");
		assertEquals(1, later.newlyOverdue().size(), "the review became overdue on the 16th");
		assertEquals(null, due("2026-06-17"), "nothing new: the review was overdue at the last reminder already");
	}

	@Test
	void thePopupNamesTheMilestonesAndItsLinkOpensTheBoard() {
		ReminderDigest digest = due("2026-06-16");
		AtomicInteger opened = new AtomicInteger();
		Texts texts = new Texts(new ItemProviderLabelProvider(adapters, new ItemImages(harness.shell())));
		ReminderPopup popup = new ReminderPopup(harness.shell(), digest, texts, opened::incrementAndGet);
		popup.open();
		Ui.settle();
		String name = texts.label(digest.newlyOverdue().get(0).milestone());
		List<Label> labels = Ui.findAll(popup.shell(), Label.class, l -> l.getText().contains(name));
		assertEquals(1, labels.size(), "the overdue review is named");
		assertTrue(popup.shell().isVisible());
		Link link = Ui.find(popup.shell(), Link.class, l -> true).orElseThrow();
		link.notifyListeners(SWT.Selection, null);
		assertEquals(1, opened.get());
		assertTrue(popup.shell().isDisposed(), "closed when the board opens");
	}

	@Tag("screenshots")
	@Test
	void screenshot() throws Exception {
		ReminderDigest digest = ReminderDigest.of(new MilestoneTracker(harness.workspace().roots()).track(LocalDate.parse("2026-06-16"),
				BaselineChoice.none()), null);
		Texts texts = new Texts(new ItemProviderLabelProvider(adapters, new ItemImages(harness.shell())));
		ReminderPopup popup = new ReminderPopup(harness.shell(), digest, texts, () -> { });
		popup.open();
		Ui.settle();
		Screenshots.save(popup.shell(), "milestone-reminder");
	}
}
