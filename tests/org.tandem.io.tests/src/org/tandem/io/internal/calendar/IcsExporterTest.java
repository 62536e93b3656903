package org.tandem.io.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.io.internal.DemoFixture;
import org.tandem.io.internal.Scope;
import org.tandem.model.api.Activity;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.PlanItem;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** The calendar of a partnership parses back in ical4j: one all-day event per milestone and activity. */
class IcsExporterTest {

	@TempDir
	Path folder;

	@Test
	void ical4jReadsEveryMilestoneAndActivityBack() throws Exception {
		DemoFixture demo = new DemoFixture(folder);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new IcsExporter().export(demo.rhineNeckar(), out, Locale.CHINESE);

		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));

		Map<String, VEvent> events = new HashMap<>();
		for (Object component : calendar.getComponents("VEVENT")) {
			VEvent event = (VEvent) component;
			events.put(event.getUid().orElseThrow().getValue(), event);
		}
		Scope scope = new Scope(demo.rhineNeckar());
		long milestones = scope.items().stream().filter(Milestone.class::isInstance).count();
		assertEquals(milestones + scope.activities().size(), events.size());
		for (PlanItem item : scope.items()) {
			if (item instanceof Milestone milestone) {
				VEvent event = events.get(milestone.getId());
				assertEquals(milestone.getPlanned(), LocalDate.from(event.getDateTimeStart().getDate()));
				assertEquals(milestone.getPlanned().plusDays(1), LocalDate.from(event.getDateTimeEnd().getDate()));
				assertEquals("里程碑：" + milestone.getName().getText("zh"), event.getSummary().getValue());
			}
		}
		Activity visit = scope.activities().get(0);
		VEvent event = events.get(visit.getId());
		assertEquals(visit.getName().getText("zh"), event.getSummary().getValue());
		assertEquals(visit.getFinish().plusDays(1), LocalDate.from(event.getDateTimeEnd().getDate()));
		String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.contains("DTSTART;VALUE=DATE:"), "all-day dates");
		assertTrue(text.contains("\r\n"), "CRLF line ends as RFC 5545 asks");
	}
}
