package org.tandem.ui.milestones.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.milestones.MilestoneState;
import org.tandem.core.api.milestones.StatusNames;
import org.tandem.core.api.milestones.TrafficLight;

/** Elements, dates, slips and states as the reader's language writes them. */
final class Texts {

	private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
	private final StatusNames names = new StatusNames(Locale.getDefault());
	private final ILabelProvider labels;

	Texts(ILabelProvider labels) {
		this.labels = labels;
	}

	/** The label of an element, empty for none. */
	String label(Object element) {
		return element == null ? "" : labels.getText(element); //$NON-NLS-1$
	}

	String date(LocalDate date) {
		return date == null ? "" : dates.format(date); //$NON-NLS-1$
	}

	/** A slip in days with its sign ("+42 d", "0 d", "-3 d"); empty when not known. */
	String slip(Long days) {
		if (days == null) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.slip_days, days > 0 ? "+" + days : String.valueOf(days)); //$NON-NLS-1$
	}

	StatusNames names() {
		return names;
	}

	String state(MilestoneState state) {
		return names.of(state);
	}

	String light(TrafficLight light) {
		return names.of(light);
	}
}
