package org.tandem.core.api.milestones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.BaselineDate;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.Organization;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;

/** Builds small workspaces of partnerships, task groups and plans for the milestone tests. */
class Workspace {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	final List<EObject> roots = new ArrayList<>();

	Partnership partnership(String name) {
		Partnership partnership = F.createPartnership();
		partnership.setName(text(name));
		roots.add(partnership);
		return partnership;
	}

	Region region(Partnership partnership, String name) {
		Region region = F.createRegion();
		region.setName(text(name));
		partnership.getRegions().add(region);
		return region;
	}

	TaskGroup group(Partnership partnership, String name) {
		TaskGroup group = F.createTaskGroup();
		group.setName(text(name));
		partnership.getTaskGroups().add(group);
		return group;
	}

	Person person(Partnership partnership, String name, Region region) {
		Person person = F.createPerson();
		person.setLatinName(name);
		person.setRegion(region);
		partnership.getPeople().add(person);
		return person;
	}

	Person personOf(Partnership partnership, String name, Region region) {
		Organization organization = F.createOrganization();
		organization.setRegion(region);
		partnership.getOrganizations().add(organization);
		Person person = person(partnership, name, null);
		person.setOrganization(organization);
		return person;
	}

	ImplementationPlan plan(TaskGroup group) {
		ImplementationPlan plan = F.createImplementationPlan();
		plan.setName(text("Plan"));
		plan.setTaskGroup(group);
		plan.getItems().add(F.createWorkPackage());
		roots.add(plan);
		return plan;
	}

	Baseline baseline(ImplementationPlan plan, String name, String date) {
		Baseline baseline = F.createBaseline();
		baseline.setName(name);
		baseline.setDate(day(date));
		plan.getBaselines().add(baseline);
		return baseline;
	}

	Milestone milestone(ImplementationPlan plan, String name, String planned, Person responsible) {
		Milestone milestone = F.createMilestone();
		milestone.setName(text(name));
		milestone.setPlanned(day(planned));
		milestone.setResponsible(responsible);
		((WorkPackage) plan.getItems().get(0)).getChildren().add(milestone);
		return milestone;
	}

	static Milestone done(Milestone milestone, String actual) {
		milestone.setStatus(MilestoneStatus.DONE);
		milestone.setActual(day(actual));
		return milestone;
	}

	static Milestone at(Milestone milestone, Baseline baseline, String date) {
		BaselineDate dates = F.createBaselineDate();
		dates.setBaseline(baseline);
		dates.setStart(day(date));
		dates.setFinish(day(date));
		milestone.getBaselineDates().add(dates);
		return milestone;
	}

	static LocalDate day(String iso) {
		return iso == null ? null : LocalDate.parse(iso);
	}

	static String name(TrackedMilestone tracked) {
		return tracked.milestone().getName().getText("en");
	}

	private static LocalizedText text(String name) {
		LocalizedText text = F.createLocalizedText();
		text.setText("en", name);
		return text;
	}
}
