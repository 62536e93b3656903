package org.tandem.io.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.tandem.io.internal.Messages;
import org.tandem.io.internal.People;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;

/**
 * Gives imported plan items the workspace's people: a resource named in the imported file becomes
 * the responsible person whose Latin or native name it is (ignoring case and spacing); a name that
 * no person has is reported, and the item keeps no one responsible.
 */
public final class ResponsiblePeople {

	private final Map<String, Person> byName = new HashMap<>();

	public ResponsiblePeople(Collection<Person> people) {
		for (Person person : people) {
			byName.putIfAbsent(People.key(person.getLatinName()), person);
			byName.putIfAbsent(People.key(person.getNativeName()), person);
		}
		byName.remove(""); //$NON-NLS-1$
	}

	/** The people of every partnership loaded in {@code resources}. */
	public static ResponsiblePeople of(ResourceSet resources) {
		List<Person> people = new ArrayList<>();
		for (Resource resource : resources.getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Partnership partnership) {
					people.addAll(partnership.getPeople());
				}
			}
		}
		return new ResponsiblePeople(people);
	}

	/**
	 * Replaces the stand-ins that an importer left in {@code imported} (and everything they
	 * contain) by people of the workspace; one sentence for each name without a person.
	 */
	public List<String> assign(Collection<? extends EObject> imported) {
		Map<String, Integer> unknown = new LinkedHashMap<>();
		for (EObject root : imported) {
			List<EObject> elements = new ArrayList<>(List.of(root));
			root.eAllContents().forEachRemaining(elements::add);
			for (EObject element : elements) {
				if (element instanceof PlanItem item && People.isPlaceholder(item.getResponsible())) {
					String name = People.name(item.getResponsible());
					Person person = byName.get(People.key(name));
					item.setResponsible(person);
					if (person == null) {
						unknown.merge(name, 1, Integer::sum);
					}
				}
			}
		}
		List<String> notMapped = new ArrayList<>();
		unknown.forEach((name, count) -> notMapped.add(NLS.bind(Messages.noSuchPerson, name, count)));
		return notMapped;
	}
}
