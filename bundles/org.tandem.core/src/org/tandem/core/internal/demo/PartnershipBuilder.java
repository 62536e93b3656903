package org.tandem.core.internal.demo;

import static org.tandem.core.internal.demo.DemoWorkspace.d;

import org.tandem.model.api.*;

/** Builds a partnership: its regions, phases, organizations, people, indicators and glossary. */
abstract class PartnershipBuilder {

	static final TandemFactory F = TandemFactory.eINSTANCE;

	final Partnership partnership = F.createPartnership();

	static void municipality(Region region, LocalizedText name, long population) {
		Municipality municipality = F.createMunicipality();
		municipality.setName(name);
		municipality.setPopulation(population);
		region.getMunicipalities().add(municipality);
	}

	void phase(LocalizedText name, String start, String finish) {
		Phase phase = F.createPhase();
		phase.setName(name);
		phase.setStart(d(start));
		phase.setFinish(d(finish));
		partnership.getPhases().add(phase);
	}

	Organization organization(LocalizedText name, OrganizationKind kind, Region region) {
		Organization organization = F.createOrganization();
		organization.setName(name);
		organization.setKind(kind);
		organization.setRegion(region);
		partnership.getOrganizations().add(organization);
		return organization;
	}

	Person person(String nativeName, String latinName, Organization organization, Region region, LocalizedText role, String... languages) {
		Person person = F.createPerson();
		person.setNativeName(nativeName);
		person.setLatinName(latinName);
		person.setOrganization(organization);
		person.setRegion(region);
		person.setRole(role);
		for (String language : languages) {
			person.getLanguages().add(language);
		}
		partnership.getPeople().add(person);
		return person;
	}

	Indicator indicator(LocalizedText name, String unit, String method, Region region, int baselineYear, double baselineValue) {
		Indicator indicator = F.createIndicator();
		indicator.setName(name);
		indicator.setUnit(unit);
		indicator.setMethod(method);
		indicator.setRegion(region);
		indicator.setBaselineYear(baselineYear);
		indicator.setBaselineValue(baselineValue);
		partnership.getIndicators().add(indicator);
		return indicator;
	}

	static void target(Indicator indicator, int year, double value, String unit) {
		Target target = F.createTarget();
		target.setYear(year);
		target.setValue(value);
		target.setUnit(unit);
		indicator.getTargets().add(target);
	}

	static void measurement(Indicator indicator, String date, double value, String unit, String method, String source) {
		Measurement measurement = F.createMeasurement();
		measurement.setDate(d(date));
		measurement.setValue(value);
		measurement.setUnit(unit);
		measurement.setMethod(method);
		measurement.setSource(source);
		indicator.getMeasurements().add(measurement);
	}

	void term(LocalizedText term, LocalizedText definition) {
		GlossaryTerm entry = F.createGlossaryTerm();
		entry.setTerm(term);
		entry.setDefinition(definition);
		partnership.getGlossary().add(entry);
	}

	Scenario scenario(LocalizedText name, LocalizedText description) {
		Scenario scenario = F.createScenario();
		scenario.setName(name);
		scenario.setDescription(description);
		partnership.getScenarios().add(scenario);
		return scenario;
	}

	static void take(Scenario scenario, Measure measure, int startYear, int rampUpYears, double adoption) {
		ScenarioMeasure taken = F.createScenarioMeasure();
		taken.setMeasure(measure);
		taken.setStartYear(startYear);
		taken.setRampUpYears(rampUpYears);
		taken.setAdoption(adoption);
		scenario.getMeasures().add(taken);
	}

	static void impact(Measure measure, Indicator indicator, double value, int year) {
		ExpectedImpact impact = F.createExpectedImpact();
		impact.setIndicator(indicator);
		impact.setValue(value);
		impact.setYear(year);
		measure.getImpacts().add(impact);
	}
}
