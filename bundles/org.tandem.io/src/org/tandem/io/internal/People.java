package org.tandem.io.internal;

import java.util.Locale;

import org.tandem.model.api.Person;
import org.tandem.model.api.TandemFactory;

/**
 * Names of people in imported files. An importer does not know the workspace, so it stands a
 * resource's name in for the responsible person: a person in no model file that carries only the
 * name. {@link org.tandem.io.internal.ResponsiblePeople} replaces it with the workspace's person of that name.
 */
public final class People {

	private People() {
	}

	/** A stand-in for the person called {@code name}. */
	public static Person placeholder(String name) {
		Person person = TandemFactory.eINSTANCE.createPerson();
		if (Texts.isChinese(name)) {
			person.setNativeName(name);
		} else {
			person.setLatinName(name);
		}
		return person;
	}

	/** Whether {@code person} is a stand-in made by {@link #placeholder(String)}. */
	public static boolean isPlaceholder(Person person) {
		return person != null && person.eResource() == null && person.eContainer() == null;
	}

	/** The name a stand-in carries, or a person's name as files show it: the Latin name, else the native one. */
	public static String name(Person person) {
		if (person == null) {
			return ""; //$NON-NLS-1$
		}
		String latin = person.getLatinName();
		return latin != null && !latin.isBlank() ? latin : person.getNativeName() == null ? "" : person.getNativeName(); //$NON-NLS-1$
	}

	/** A name as compared: without surrounding or repeated spaces, in lower case. */
	public static String key(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
