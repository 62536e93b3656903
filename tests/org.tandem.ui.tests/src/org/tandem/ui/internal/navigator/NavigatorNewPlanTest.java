package org.tandem.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.ui.internal.navigator.NavigatorMenus.choose;
import static org.tandem.ui.internal.navigator.NavigatorMenus.item;
import static org.tandem.ui.internal.navigator.NavigatorMenus.texts;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.core.spi.TaskGroupDomain;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemPackage.Literals;
import org.tandem.model.api.Task;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;
import org.tandem.model.edit.spi.TandemEditPlugin;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;
import org.tandem.ui.api.editing.ElementEditors;

/**
 * New &gt; Implementation Plan on a task group in the navigator: the plan from the group's domain
 * template (else empty) in a new saved file that loads again, selected and opened; and Delete on
 * the plan takes the file out of the workspace again. On 23 November 2026.
 */
class NavigatorNewPlanTest {

	private static final String PLAN_TYPE = TandemEditPlugin.INSTANCE.getString("_UI_ImplementationPlan_type");

	@TempDir
	Path folder;

	private EditorHarness harness;
	private NavigatorPart navigator;
	private BundleContext bundles;
	private ServiceReference<TaskGroupDomains> reference;
	private TaskGroupDomains domains;
	private final List<EObject> opened = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
		reference = bundles.getServiceReference(TaskGroupDomains.class);
		domains = bundles.getService(reference);
		harness = new EditorHarness(folder, 900, 600);
		harness.context().set(TaskGroupDomains.class, domains);
		harness.context().set(Clock.class, Clock.fixed(LocalDate.parse("2026-11-23").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		harness.context().set(ElementEditors.class, new ElementEditors(null, null, null) {
			@Override
			public boolean canOpen(EObject element) {
				return element instanceof ImplementationPlan;
			}

			@Override
			public Optional<MPart> open(EObject element) {
				opened.add(element);
				return Optional.empty();
			}

			@Override
			public void close(EObject element) {
				opened.remove(element);
			}
		});
		navigator = harness.open(NavigatorPart.class, partnership());
	}

	@AfterEach
	void close() {
		harness.close();
		bundles.ungetService(reference);
	}

	@Test
	void aTaskGroupOffersANewPlanAndOtherElementsDoNot() {
		assertTrue(texts(newMenu(group("energy-efficiency"))).contains(PLAN_TYPE));
		assertFalse(texts(newMenu(partnership())).contains(PLAN_TYPE), "a partnership makes task groups, not plans");
	}

	@Test
	void theDomainsTemplateInANewFileThatLoadsAgainSelectedAndOpened() throws Exception {
		TaskGroup group = group("energy-efficiency");
		int roots = harness.workspace().roots().size();
		ImplementationPlan template = domains.find("energy-efficiency").orElseThrow().newPlan(Locale.getDefault()).orElseThrow();
		choose(item(newMenu(group), PLAN_TYPE));

		assertEquals(roots + 1, harness.workspace().roots().size());
		ImplementationPlan plan = (ImplementationPlan) navigator.selected().get(0);
		assertEquals(List.of(plan), opened, "the plan editor opens");
		assertTrue(navigator.roots().contains(plan), "the navigator shows the new file");
		assertEquals(group, plan.getTaskGroup());
		assertEquals("Implementation plan \u2013 Task group on energy and material efficiency", plan.getName().getText("en"));
		assertEquals("Umsetzungsplan \u2013 Arbeitsgruppe Energie- und Materialeffizienz", plan.getName().getText("de"));
		assertEquals("能源与材料效率工作组实施计划", plan.getName().getText("zh"));
		assertEquals(Locale.getDefault().getLanguage().equals("de") || Locale.getDefault().getLanguage().equals("zh") ? Locale.getDefault().getLanguage() : "en",
				plan.getName().getOriginal().getLanguage(), "written in the reader's language");
		assertEquals(names(template.getItems()), names(plan.getItems()), "the template's work packages, in the reader's language");
		assertEquals(milestones(template), milestones(plan));
		assertEquals(LocalDate.parse("2026-12-01"), plan.getStart(), "from the first of next month");
		assertEquals(LocalDate.parse("2028-11-30"), plan.getFinish(), "the template's 6 + 12 + 6 months");
		assertEquals(LocalDate.parse("2026-12-01"), ((Task) ((WorkPackage) plan.getItems().get(0)).getChildren().get(0)).getStart(),
				"the template's tasks move along");

		Path file = harness.workspace().fileOf(plan.eResource()).orElseThrow();
		assertEquals(folder.resolve("plans/implementation-plan-task-group-on-energy-and-material-efficiency.tandem"), file);
		assertFalse(harness.editing().isDirty(plan.eResource()), "saved at once");
		ImplementationPlan reloaded = harness.reopen().roots().stream().filter(ImplementationPlan.class::isInstance).map(ImplementationPlan.class::cast)
				.filter(p -> p.getId().equals(plan.getId())).findFirst().orElseThrow(() -> new AssertionError("the plan loads again from disk"));
		assertEquals(group.getId(), reloaded.getTaskGroup().getId(), "the group reference resolves");
		assertEquals(names(plan.getItems()), names(reloaded.getItems()));
		assertEquals(milestones(plan), milestones(reloaded));
	}

	@Test
	void aGroupWithoutADomainGetsAnEmptyPlanThatEndsWithThePartnership() {
		TaskGroup group = group("water-resources");
		assertTrue(harness.editing().execute(group, SetCommand.create(harness.editing().domainFor(group).orElseThrow(), group,
				Literals.TASK_GROUP__DOMAIN, SetCommand.UNSET_VALUE)));
		choose(item(newMenu(group), PLAN_TYPE));

		ImplementationPlan plan = (ImplementationPlan) navigator.selected().get(0);
		assertEquals(List.of(), plan.getItems());
		assertEquals(group, plan.getTaskGroup());
		assertEquals("Implementation plan \u2013 Task group on efficient water management", plan.getName().getText("en"));
		assertEquals(LocalDate.parse("2026-12-01"), plan.getStart());
		assertEquals(partnership().getFinish(), plan.getFinish());
		assertTrue(Files.isRegularFile(harness.workspace().fileOf(plan.eResource()).orElseThrow()));
	}

	@Test
	void aFailingTemplateStillGivesAPlanAndIsReported() {
		ServiceRegistration<TaskGroupDomain> failing = bundles.registerService(TaskGroupDomain.class, new FailingDomain(), null);
		try {
			Ui.waitUntil(() -> domains.find(FailingDomain.ID).isPresent(), 10, "the failing domain to register");
			TaskGroup group = group("water-resources");
			assertTrue(harness.editing().execute(group,
					SetCommand.create(harness.editing().domainFor(group).orElseThrow(), group, Literals.TASK_GROUP__DOMAIN, FailingDomain.ID)));
			choose(item(newMenu(group), PLAN_TYPE));

			ImplementationPlan plan = (ImplementationPlan) navigator.selected().get(0);
			assertEquals(List.of(), plan.getItems(), "an empty plan instead");
			assertEquals(group, plan.getTaskGroup());
			assertTrue(domains.failures().stream().anyMatch(f -> f.contribution().equals(FailingDomain.ID) && f.task().equals("plan template")),
					domains.failures().toString());
			Ui.waitUntil(() -> navigator.pluginWarning().text() != null, 5, "the line above the navigator");
			assertTrue(navigator.pluginWarning().text().contains(FailingDomain.ID), navigator.pluginWarning().text());
		} finally {
			failing.unregister();
		}
	}

	@Test
	void twoNewPlansOfOneGroupGetTwoFiles() {
		TaskGroup group = group("energy-efficiency");
		choose(item(newMenu(group), PLAN_TYPE));
		ImplementationPlan first = (ImplementationPlan) navigator.selected().get(0);
		choose(item(newMenu(group), PLAN_TYPE));
		ImplementationPlan second = (ImplementationPlan) navigator.selected().get(0);

		assertNotEquals(first, second);
		Path firstFile = harness.workspace().fileOf(first.eResource()).orElseThrow();
		Path secondFile = harness.workspace().fileOf(second.eResource()).orElseThrow();
		assertEquals("implementation-plan-task-group-on-energy-and-material-efficiency-2.tandem", secondFile.getFileName().toString());
		assertTrue(Files.isRegularFile(firstFile) && Files.isRegularFile(secondFile));
		assertTrue(navigator.roots().contains(first) && navigator.roots().contains(second));
	}

	@Test
	void deleteTakesTheNewPlansFileOutOfTheWorkspaceAfterAskingNamingIt() throws Exception {
		TaskGroup group = group("energy-efficiency");
		choose(item(newMenu(group), PLAN_TYPE));
		ImplementationPlan plan = (ImplementationPlan) navigator.selected().get(0);
		Path file = harness.workspace().fileOf(plan.eResource()).orElseThrow();
		select(plan);

		AtomicReference<String> question = Ui.answerDialog(Messages.navigator_deleteTitle, Messages.navigator_cancel);
		choose(item(showMenu(), Messages.navigator_delete));
		Ui.waitUntil(() -> question.get() != null, 10, "the question");
		assertTrue(question.get().contains("plans/" + file.getFileName()), question.get());
		assertTrue(Files.isRegularFile(file), "cancel keeps the file");

		AtomicReference<String> again = Ui.answerDialog(Messages.navigator_deleteTitle, Messages.navigator_deleteButton);
		choose(item(showMenu(), Messages.navigator_delete));
		Ui.waitUntil(() -> again.get() != null, 10, "the question");
		Ui.settle();

		assertFalse(Files.exists(file), "the file is gone");
		assertTrue(Files.isRegularFile(file.resolveSibling(file.getFileName() + ".bak")), "its last saved state stays as the backup");
		assertNull(plan.eResource(), "out of the workspace");
		assertFalse(navigator.roots().contains(plan), "and out of the navigator");
		assertEquals(List.of(), opened, "its editor closes");
		assertFalse(harness.reopen().roots().stream().anyMatch(r -> r instanceof ImplementationPlan p && p.getId().equals(plan.getId())));
	}

	@Test
	void deleteIsOfferedOnAPlanButNotOnAPartnership() {
		select(partnership());
		assertFalse(item(showMenu(), Messages.navigator_delete).isEnabled(), "a partnership's file holds what plans refer to");
		select(harness.workspace().roots().stream().filter(ImplementationPlan.class::isInstance).findFirst().orElseThrow());
		assertTrue(item(showMenu(), Messages.navigator_delete).isEnabled());
	}

	/** A plug-in domain whose plan template throws. */
	private static final class FailingDomain implements TaskGroupDomain {
		static final String ID = "test-failing-plan";

		@Override
		public String id() {
			return ID;
		}

		@Override
		public String name(Locale locale) {
			return "Failing plans";
		}

		@Override
		public URL icon() {
			return null;
		}

		@Override
		public List<Indicator> newIndicators() {
			return List.of();
		}

		@Override
		public Concept newConcept(Locale locale) {
			return null;
		}

		@Override
		public ImplementationPlan newPlan(Locale locale) {
			throw new IllegalStateException("no plan today");
		}
	}

	private Menu newMenu(EObject element) {
		return NavigatorMenus.open(item(showMenu(element), Messages.navigator_new));
	}

	private Menu showMenu(EObject element) {
		select(element);
		return showMenu();
	}

	private Menu showMenu() {
		return NavigatorMenus.show(navigator);
	}

	private void select(EObject element) {
		harness.shell().forceActive();
		navigator.tree().setSelection(new StructuredSelection(element), true);
		Ui.settle();
	}

	private static List<String> names(List<? extends PlanItem> items) {
		return items.stream().map(i -> i.getName().getTextOrOriginal(Locale.getDefault().getLanguage())).toList();
	}

	private static List<String> milestones(ImplementationPlan plan) {
		List<String> names = new ArrayList<>();
		plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof Milestone m) {
				names.add(m.getName().getTextOrOriginal("en"));
			}
		});
		return names;
	}

	private TaskGroup group(String domain) {
		return partnership().getTaskGroups().stream().filter(g -> domain.equals(g.getDomain())).findFirst().orElseThrow();
	}

	private Partnership partnership() {
		return (Partnership) harness.workspace().roots().stream()
				.filter(r -> r instanceof Partnership p && p.getName().getText("en").startsWith("Rhine-Neckar")).findFirst().orElseThrow();
	}
}
