package org.tandem.core.api.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.api.milestones.Workspace.at;
import static org.tandem.core.api.milestones.Workspace.day;
import static org.tandem.core.api.milestones.Workspace.done;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;
import org.tandem.model.api.TaskGroup;

/**
 * The board's figures on a hand-made workspace of two partnerships on 1 March 2026: states, slip,
 * lights, filters and order worked out by hand.
 */
class MilestoneTrackerTest {

	private static final String TODAY = "2026-03-01";

	private final Workspace w = new Workspace();
	private Partnership rhine;
	private Partnership ruhr;
	private TaskGroup water;
	private TaskGroup energy;
	private TaskGroup air;
	private Region mannheim;
	private Region urumqi;
	private Person weber;
	private Person li;

	@BeforeEach
	void build() {
		rhine = w.partnership("Rhine");
		mannheim = w.region(rhine, "Rhine-Neckar");
		urumqi = w.region(rhine, "Urumqi");
		water = w.group(rhine, "Water");
		energy = w.group(rhine, "Energy");
		weber = w.person(rhine, "Weber", mannheim);
		li = w.personOf(rhine, "Li", urumqi);
		ruhr = w.partnership("Ruhr");
		air = w.group(ruhr, "Air");

		ImplementationPlan waterPlan = w.plan(water);
		Baseline v2024 = w.baseline(waterPlan, "Visit 2024", "2024-09-20");
		Baseline v2025 = w.baseline(waterPlan, "Visit 2025", "2025-06-13");
		at(at(w.milestone(waterPlan, "W-overdue", "2026-02-20", weber), v2024, "2026-01-31"), v2025, "2026-02-20"); // 9 days overdue, slip 0 vs 2025, 20 vs 2024
		at(at(w.milestone(waterPlan, "W-soon", "2026-03-15", li), v2024, "2026-03-15"), v2025, "2026-02-01"); // due in 14 days, slip 42 vs 2025
		at(done(w.milestone(waterPlan, "W-done", "2025-12-01", li), "2025-12-10"), v2025, "2025-11-01"); // done, slip 30
		w.milestone(waterPlan, "W-new", "2026-05-30", weber); // 90 days ahead, not in any baseline

		ImplementationPlan energyPlan = w.plan(energy);
		Baseline e2025 = w.baseline(energyPlan, "Visit 2025", "2025-06-13");
		at(w.milestone(energyPlan, "E-month", "2026-03-31", weber), e2025, "2026-03-21"); // 30 days ahead, slip 10
		Milestone cancelled = at(w.milestone(energyPlan, "E-cancelled", "2025-10-01", li), e2025, "2025-10-01");
		cancelled.setStatus(MilestoneStatus.CANCELLED);

		ImplementationPlan airPlan = w.plan(air);
		w.milestone(airPlan, "A-later", "2026-06-01", null); // 92 days ahead
		Milestone undated = w.milestone(airPlan, "A-undated", null, null);
		undated.setPlanned(null);
	}

	private List<TrackedMilestone> track(BaselineChoice choice) {
		return new MilestoneTracker(w.roots).track(day(TODAY), choice);
	}

	private static TrackedMilestone find(List<TrackedMilestone> all, String name) {
		return all.stream().filter(t -> Workspace.name(t).equals(name)).findFirst().orElseThrow();
	}

	@Test
	void statesOnTheDay() {
		List<TrackedMilestone> all = track(BaselineChoice.latestOfEachPlan());
		assertEquals(List.of("W-overdue", "W-soon", "W-done", "W-new", "E-month", "E-cancelled", "A-later", "A-undated"),
				all.stream().map(Workspace::name).toList(), "workspace and plan order");
		assertEquals(MilestoneState.OVERDUE, find(all, "W-overdue").state());
		assertEquals(MilestoneState.DUE_14, find(all, "W-soon").state());
		assertEquals(MilestoneState.DONE, find(all, "W-done").state());
		assertEquals(MilestoneState.DUE_90, find(all, "W-new").state(), "90 days ahead is still within 90");
		assertEquals(MilestoneState.DUE_30, find(all, "E-month").state(), "30 days ahead");
		assertEquals(MilestoneState.CANCELLED, find(all, "E-cancelled").state());
		assertEquals(MilestoneState.LATER, find(all, "A-later").state(), "92 days ahead");
		assertEquals(MilestoneState.UNDATED, find(all, "A-undated").state());
	}

	@Test
	void dueOnTheDayItselfIsDueWithin14AndTheDayAfterIsOverdue() {
		Milestone today = w.milestone(w.plan(air), "today", TODAY, null);
		assertEquals(MilestoneState.DUE_14, MilestoneState.of(today, day(TODAY)));
		assertEquals(MilestoneState.OVERDUE, MilestoneState.of(today, day("2026-03-02")));
		assertEquals(MilestoneState.DUE_14, MilestoneState.of(today, day("2026-02-15")), "14 days ahead");
		assertEquals(MilestoneState.DUE_30, MilestoneState.of(today, day("2026-02-14")), "15 days ahead");
		done(today, "2026-03-05");
		assertEquals(MilestoneState.OVERDUE, MilestoneState.of(today, day("2026-03-04")), "done only from its actual day");
		assertEquals(MilestoneState.DONE, MilestoneState.of(today, day("2026-03-05")));
	}

	@Test
	void slipAgainstTheLatestBaselineOfEachPlan() {
		List<TrackedMilestone> all = track(BaselineChoice.latestOfEachPlan());
		assertEquals(0L, find(all, "W-overdue").slipDays());
		assertEquals(day("2026-02-20"), find(all, "W-overdue").baselineDay());
		assertEquals(42L, find(all, "W-soon").slipDays(), "15 March against 1 February");
		assertEquals(30L, find(all, "W-done").slipDays());
		assertNull(find(all, "W-new").slipDays(), "new since the baseline");
		assertNull(find(all, "W-new").baselineDay());
		assertEquals(10L, find(all, "E-month").slipDays());
		assertNull(find(all, "A-later").slipDays(), "a plan without baselines");
	}

	@Test
	void slipAgainstANamedBaselineOrNone() {
		List<TrackedMilestone> v2024 = track(BaselineChoice.named("Visit 2024"));
		assertEquals(20L, find(v2024, "W-overdue").slipDays());
		assertEquals(0L, find(v2024, "W-soon").slipDays());
		assertNull(find(v2024, "E-month").slipDays(), "the energy plan has no baseline of that name");
		assertTrue(track(BaselineChoice.none()).stream().allMatch(t -> t.slipDays() == null && !t.isSlipped()));
		assertEquals(List.of("Visit 2024", "Visit 2025"), new MilestoneTracker(w.roots).baselineNames());
	}

	@Test
	void trafficLights() {
		List<TrackedMilestone> all = track(BaselineChoice.latestOfEachPlan());
		assertEquals(TrafficLight.RED, find(all, "W-overdue").light(), "overdue");
		assertEquals(TrafficLight.RED, find(all, "W-soon").light(), "slipped 42 > 30 days");
		assertEquals(TrafficLight.GREEN, find(all, "W-done").light(), "done, whatever its slip");
		assertEquals(TrafficLight.GREEN, find(all, "W-new").light());
		assertEquals(TrafficLight.AMBER, find(all, "E-month").light(), "slipped 10 days");
		assertEquals(TrafficLight.GREEN, find(all, "E-cancelled").light());
		assertEquals(TrafficLight.AMBER, find(all, "A-undated").light(), "no planned day");
		assertEquals(TrafficLight.AMBER, find(track(BaselineChoice.none()), "W-soon").light(), "due within 14 days");
		assertEquals(TrafficLight.AMBER, TrafficLight.of(MilestoneState.LATER, 30L), "30 days of slip is still amber");
		assertEquals(TrafficLight.RED, TrafficLight.of(MilestoneState.LATER, 31L));
		assertEquals(TrafficLight.GREEN, TrafficLight.of(MilestoneState.LATER, -5L), "moved earlier");
	}

	@Test
	void regionOfThePersonOrTheirOrganization() {
		List<TrackedMilestone> all = track(BaselineChoice.none());
		assertSame(mannheim, find(all, "W-overdue").region());
		assertSame(urumqi, find(all, "W-soon").region(), "Li's organization is in Urumqi");
		assertNull(find(all, "A-later").region());
		assertSame(rhine, find(all, "E-month").partnership());
		assertSame(air, find(all, "A-later").taskGroup());
	}

	@Test
	void filters() {
		List<TrackedMilestone> all = track(BaselineChoice.latestOfEachPlan());
		MilestoneFilter any = MilestoneFilter.all();
		assertEquals(8, names(all, any).size());
		assertEquals(List.of("A-later", "A-undated"), names(all, any.withPartnership(ruhr)));
		assertEquals(List.of("E-month", "E-cancelled"), names(all, any.withTaskGroup(energy)));
		assertEquals(List.of("W-soon", "W-done", "E-cancelled"), names(all, any.withRegion(urumqi)));
		assertEquals(List.of("W-overdue", "W-new", "E-month"), names(all, any.withResponsible(weber)));
		assertEquals(List.of("W-overdue"), names(all, any.withShowing(Showing.OVERDUE)));
		assertEquals(List.of("W-soon"), names(all, any.withShowing(Showing.DUE_14)));
		assertEquals(List.of("W-soon", "E-month"), names(all, any.withShowing(Showing.DUE_30)));
		assertEquals(List.of("W-soon", "W-new", "E-month"), names(all, any.withShowing(Showing.DUE_90)));
		assertEquals(List.of("W-done"), names(all, any.withShowing(Showing.DONE)));
		assertEquals(List.of("W-soon", "W-done", "E-month"), names(all, any.withShowing(Showing.SLIPPED)));
		assertEquals(List.of("E-month"), names(all, any.withResponsible(weber).withShowing(Showing.SLIPPED).withPartnership(rhine)));
		assertFalse(any.withRegion(mannheim).withTaskGroup(energy).test(find(all, "W-overdue")));
	}

	@Test
	void orderByDateOrSlip() {
		List<TrackedMilestone> all = new ArrayList<>(track(BaselineChoice.latestOfEachPlan()));
		all.sort(MilestoneOrder.DATE);
		assertEquals(List.of("E-cancelled", "W-done", "W-overdue", "W-soon", "E-month", "W-new", "A-later", "A-undated"),
				all.stream().map(Workspace::name).toList());
		all.sort(MilestoneOrder.SLIP);
		assertEquals(List.of("W-soon", "W-done", "E-month", "E-cancelled", "W-overdue", "W-new", "A-later", "A-undated"),
				all.stream().map(Workspace::name).toList(), "most slip first; E-cancelled and W-overdue both 0, by date; no slip last, by date");
	}

	@Test
	void remindersTellWhatBecameOverdueSinceTheLastOne() {
		List<TrackedMilestone> all = track(BaselineChoice.none());
		ReminderDigest first = ReminderDigest.of(all, null);
		assertEquals(List.of("W-overdue"), first.newlyOverdue().stream().map(Workspace::name).toList());
		assertEquals(List.of("W-soon"), first.dueSoon().stream().map(Workspace::name).toList());
		assertEquals(List.of("W-overdue"), ReminderDigest.of(all, day("2026-02-20")).newlyOverdue().stream().map(Workspace::name).toList(),
				"planned for the day of the last reminder: not yet overdue then");
		assertTrue(ReminderDigest.of(all, day("2026-02-21")).newlyOverdue().isEmpty(), "already overdue at the last reminder");
		assertFalse(ReminderDigest.of(all, day("2026-02-21")).isEmpty(), "still something due soon");
	}

	@Test
	void namesInThreeLanguages() {
		assertEquals("Overdue", new StatusNames(Locale.ENGLISH).of(MilestoneState.OVERDUE));
		assertEquals("Überfällig", new StatusNames(Locale.GERMAN).of(MilestoneState.OVERDUE));
		assertEquals("已逾期", new StatusNames(Locale.SIMPLIFIED_CHINESE).of(MilestoneState.OVERDUE));
		assertEquals("Rot", new StatusNames(Locale.GERMAN).of(TrafficLight.RED));
		assertEquals("Overdue", new StatusNames(Locale.FRENCH).of(MilestoneState.OVERDUE), "English for other languages");
		for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.CHINESE)) {
			StatusNames names = new StatusNames(locale);
			for (MilestoneState state : MilestoneState.values()) {
				assertFalse(names.of(state).isBlank());
			}
			for (Showing showing : Showing.values()) {
				assertFalse(names.of(showing).isBlank());
			}
		}
	}

	@Test
	void theDemoWorkspaceOnADayLateIn2026(@TempDir Path folder) throws IOException {
		DemoWorkspace.create(folder);
		MilestoneTracker tracker = new MilestoneTracker(ModelWorkspace.open(folder, new ModelFiles()).roots());
		List<TrackedMilestone> all = tracker.track(day("2026-11-23"), BaselineChoice.named("Jahresbesuch 2024 / 2024年度互访"));
		TrackedMilestone m2 = all.stream().filter(t -> t.milestone().getName().getText("en").startsWith("M2 Reclaimed")).findFirst().orElseThrow();
		assertEquals(181L, m2.slipDays(), "30 June 2027 against 31 December 2026");
		assertEquals(MilestoneState.LATER, m2.state());
		assertEquals(TrafficLight.RED, m2.light());
		assertEquals(6, all.size());
		assertEquals(2, all.stream().filter(t -> t.state() == MilestoneState.DONE).count());
		assertEquals(1, all.stream().filter(t -> t.state() == MilestoneState.OVERDUE).count(), "the mid-term review");
	}

	private static List<String> names(List<TrackedMilestone> all, MilestoneFilter filter) {
		return all.stream().filter(filter).map(Workspace::name).toList();
	}
}
