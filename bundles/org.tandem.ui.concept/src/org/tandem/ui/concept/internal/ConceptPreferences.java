package org.tandem.ui.concept.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.ui.concept.internal.text.Languages;

/**
 * What the concept editor remembers per workspace (the instance location): who is acting (the
 * person whose name goes on status changes and comments) and which language columns are shown.
 */
final class ConceptPreferences {

	static final String NODE = "org.tandem.ui.concept"; //$NON-NLS-1$
	private static final String ACTING = "actingPerson"; //$NON-NLS-1$
	private static final String LANGUAGES = "languages"; //$NON-NLS-1$

	private final IEclipsePreferences node;

	ConceptPreferences(IEclipsePreferences node) {
		this.node = node;
	}

	/** The preferences of the workspace Tandem runs on. */
	static ConceptPreferences ofWorkspace() {
		return new ConceptPreferences(InstanceScope.INSTANCE.getNode(NODE));
	}

	/** The person chosen as acting, if they take part in {@code partnership}. */
	Optional<Person> acting(Partnership partnership) {
		String id = node.get(ACTING, null);
		if (id == null || partnership == null) {
			return Optional.empty();
		}
		return partnership.getPeople().stream().filter(p -> id.equals(p.getId())).findFirst();
	}

	void setActing(Person person) {
		if (person == null) {
			node.remove(ACTING);
		} else {
			node.put(ACTING, person.getId());
		}
		flush();
	}

	/** The language columns chosen, German, Chinese and English when none were. */
	List<String> languages() {
		List<String> chosen = Arrays.stream(node.get(LANGUAGES, "").split(",")).filter(Languages.ALL::contains).toList(); //$NON-NLS-1$ //$NON-NLS-2$
		return chosen.size() < 2 ? Languages.ALL : chosen;
	}

	void setLanguages(List<String> languages) {
		node.put(LANGUAGES, String.join(",", languages)); //$NON-NLS-1$
		flush();
	}

	private void flush() {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept in memory for this session; the next change tries again
		}
	}
}
