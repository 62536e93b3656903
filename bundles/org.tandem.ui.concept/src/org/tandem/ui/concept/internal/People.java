package org.tandem.ui.concept.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;

/** How people and moments are named in the review: "王芳 (Wang Fang)", a date and time in the reader's style. */
final class People {

	private People() {
	}

	static String name(Person person) {
		if (person == null) {
			return Messages.person_unknown;
		}
		String nativeName = person.getNativeName();
		String latinName = person.getLatinName();
		if (nativeName == null || nativeName.isBlank()) {
			return latinName == null ? Messages.person_unknown : latinName;
		}
		return latinName == null || latinName.isBlank() || Objects.equals(nativeName, latinName) ? nativeName
				: nativeName + " (" + latinName + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String time(Instant at) {
		return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT) //$NON-NLS-1$
				.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault()).format(at);
	}

	/** The partnership that {@code element} belongs to, or null. */
	static Partnership partnershipOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Partnership partnership) {
				return partnership;
			}
		}
		return null;
	}
}
