package org.tandem.ui.partnership.internal;

import java.util.List;

import org.tandem.model.api.Organization;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;

/**
 * Who belongs to which partner region: a person by their own region or else by that of their
 * organization; an organization by its region. {@code null} stands for "without a region", so
 * that nobody is left out of the tracker.
 */
final class RegionMembers {

	private RegionMembers() {
	}

	static Region regionOf(Person person) {
		if (person.getRegion() != null) {
			return person.getRegion();
		}
		return person.getOrganization() == null ? null : person.getOrganization().getRegion();
	}

	static List<Person> people(Partnership partnership, Region region) {
		return partnership.getPeople().stream().filter(p -> regionOf(p) == region).toList();
	}

	static List<Organization> organizations(Partnership partnership, Region region) {
		return partnership.getOrganizations().stream().filter(o -> o.getRegion() == region).toList();
	}
}
