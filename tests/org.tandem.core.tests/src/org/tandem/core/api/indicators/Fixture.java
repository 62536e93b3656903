package org.tandem.core.api.indicators;

import org.tandem.model.api.Concept;
import org.tandem.model.api.ExpectedImpact;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Measure;
import org.tandem.model.api.Measurement;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Region;
import org.tandem.model.api.Scenario;
import org.tandem.model.api.ScenarioMeasure;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Target;
import org.tandem.model.api.TaskGroup;

/** A small partnership built in code, whose figures the tests compute by hand. */
final class Fixture {

	static final TandemFactory F = TandemFactory.eINSTANCE;

	final Partnership partnership = F.createPartnership();
	final Concept concept = F.createConcept();

	Fixture() {
		TaskGroup group = F.createTaskGroup();
		group.getConcepts().add(concept);
		partnership.getTaskGroups().add(group);
	}

	Region region(String name) {
		Region region = F.createRegion();
		region.setName(F.createLocalizedText());
		region.getName().setText("en", name);
		partnership.getRegions().add(region);
		return region;
	}

	Indicator indicator(String unit, String method, int baselineYear, double baselineValue, double trend) {
		Indicator indicator = F.createIndicator();
		indicator.setUnit(unit);
		indicator.setMethod(method);
		indicator.setBaselineYear(baselineYear);
		indicator.setBaselineValue(baselineValue);
		indicator.setTrend(trend);
		partnership.getIndicators().add(indicator);
		return indicator;
	}

	static Target target(Indicator indicator, int year, double value, String unit) {
		Target target = F.createTarget();
		target.setYear(year);
		target.setValue(value);
		target.setUnit(unit);
		indicator.getTargets().add(target);
		return target;
	}

	static Measurement measurement(Indicator indicator, String date, double value, String unit) {
		Measurement measurement = F.createMeasurement();
		measurement.setDate(java.time.LocalDate.parse(date));
		measurement.setValue(value);
		measurement.setUnit(unit);
		indicator.getMeasurements().add(measurement);
		return measurement;
	}

	Measure measure(double cost, String currency) {
		Measure measure = F.createMeasure();
		measure.setCost(cost);
		measure.setCurrency(currency);
		concept.getMeasures().add(measure);
		return measure;
	}

	static void impact(Measure measure, Indicator indicator, double value, int year) {
		ExpectedImpact impact = F.createExpectedImpact();
		impact.setIndicator(indicator);
		impact.setValue(value);
		impact.setYear(year);
		measure.getImpacts().add(impact);
	}

	Scenario scenario() {
		Scenario scenario = F.createScenario();
		partnership.getScenarios().add(scenario);
		return scenario;
	}

	static ScenarioMeasure take(Scenario scenario, Measure measure, int start, int rampUp, double adoption) {
		ScenarioMeasure taken = F.createScenarioMeasure();
		taken.setMeasure(measure);
		taken.setStartYear(start);
		taken.setRampUpYears(rampUp);
		taken.setAdoption(adoption);
		scenario.getMeasures().add(taken);
		return taken;
	}
}
