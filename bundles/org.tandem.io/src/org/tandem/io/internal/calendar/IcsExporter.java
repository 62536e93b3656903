package org.tandem.io.internal.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.KeptOpen;
import org.tandem.io.internal.Labels;
import org.tandem.io.internal.Scope;
import org.tandem.io.internal.Texts;
import org.tandem.model.api.Activity;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.PlanItem;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes the milestones and activities of a partnership, task group, plan or work package as an
 * iCalendar file that calendar programs import: one all-day event each, its UID the element's id
 * (so that importing again updates instead of doubling), its summary in the chosen language.
 */
@Component(service = Exporter.class)
public final class IcsExporter implements Exporter {

	@Override
	public String id() {
		return "org.tandem.io.ics"; //$NON-NLS-1$
	}

	@Override
	public String name(Locale locale) {
		return new Labels(locale).get("format.ics"); //$NON-NLS-1$
	}

	@Override
	public String fileExtension() {
		return "ics"; //$NON-NLS-1$
	}

	@Override
	public boolean accepts(EObject scope) {
		return Scope.covers(scope);
	}

	@Override
	public void export(EObject scope, OutputStream out, Locale locale) throws IOException {
		Labels labels = new Labels(locale);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Tandem//Tandem 0.1//" + labels.language().toUpperCase(Locale.ROOT))); //$NON-NLS-1$
		Version version = new Version();
		version.setValue(Version.VALUE_2_0);
		calendar.add(version);
		CalScale scale = new CalScale();
		scale.setValue(CalScale.VALUE_GREGORIAN);
		calendar.add(scale);
		Scope covered = new Scope(scope);
		for (PlanItem item : covered.items()) {
			if (item instanceof Milestone milestone && milestone.getPlanned() != null) {
				calendar.add(milestone(milestone, labels));
			}
		}
		for (Activity activity : covered.activities()) {
			if (activity.getStart() != null) {
				calendar.add(activity(activity, labels));
			}
		}
		try (Writer writer = new OutputStreamWriter(new KeptOpen(out), StandardCharsets.UTF_8)) {
			new CalendarOutputter(true).output(calendar, writer);
		} catch (ValidationException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static VEvent milestone(Milestone milestone, Labels labels) {
		VEvent event = event(milestone.getId(), milestone.getPlanned(), milestone.getPlanned(),
				labels.format("ics.milestone", Texts.write(milestone.getName(), labels.language()))); //$NON-NLS-1$
		String deliverable = Texts.write(milestone.getDeliverable(), labels.language());
		if (!deliverable.isEmpty()) {
			event.add(new Description(deliverable));
		}
		if (milestone.getStatus() == MilestoneStatus.CANCELLED) {
			Status status = new Status();
			status.setValue(Status.VALUE_CANCELLED);
			event.add(status);
		}
		return event;
	}

	private static VEvent activity(Activity activity, Labels labels) {
		LocalDate finish = activity.getFinish() == null || activity.getFinish().isBefore(activity.getStart()) ? activity.getStart() : activity.getFinish();
		VEvent event = event(activity.getId(), activity.getStart(), finish, Texts.write(activity.getName(), labels.language()));
		String place = Texts.write(activity.getPlace(), labels.language());
		if (!place.isEmpty()) {
			event.add(new Location(place));
		}
		event.add(new Description(labels.get("activity." + activity.getKind().getName().toLowerCase(Locale.ROOT)))); //$NON-NLS-1$
		return event;
	}

	/** An all-day event from {@code first} to {@code last} (iCalendar's end is the day after). */
	private static VEvent event(String id, LocalDate first, LocalDate last, String summary) {
		VEvent event = new VEvent(first, last.plusDays(1), summary);
		event.add(new Uid(id));
		return event;
	}
}
