package org.tandem.domains.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.tandem.core.internal.domains.Domain;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * The built-in domains as the running platform registers them (Declarative Services), beside the
 * misbehaving ones of the test plug-in {@code org.tandem.domains.faulty}.
 */
class BuiltInDomainsTest {

	private ServiceTracker<TaskGroupDomains, TaskGroupDomains> tracker;
	private TaskGroupDomains domains;

	@BeforeEach
	void track() throws InterruptedException {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), TaskGroupDomains.class, null);
		tracker.open();
		domains = tracker.waitForService(10_000);
		assertNotNull(domains, "the registry of task-group domains is a service"); //$NON-NLS-1$
	}

	@AfterEach
	void close() {
		tracker.close();
	}

	@Test
	void bothBuiltInDomainsAreRegisteredWithNamesInThreeLanguages() {
		Domain energy = domains.find("energy-efficiency").orElseThrow(); //$NON-NLS-1$
		Domain water = domains.find("water-resources").orElseThrow(); //$NON-NLS-1$
		assertEquals("Energie- und Materialeffizienz", energy.name(Locale.GERMAN)); //$NON-NLS-1$
		assertEquals("能源与材料效率", energy.name(Locale.CHINESE)); //$NON-NLS-1$
		assertEquals("Energy and material efficiency", energy.name(Locale.ENGLISH)); //$NON-NLS-1$
		assertEquals("水资源管理", water.name(Locale.CHINESE)); //$NON-NLS-1$
		assertEquals("org.tandem.domains", energy.plugin()); //$NON-NLS-1$
	}

	@Test
	void iconsAreFound() throws IOException {
		for (String id : List.of("energy-efficiency", "water-resources")) { //$NON-NLS-1$ //$NON-NLS-2$
			try (InputStream in = domains.find(id).orElseThrow().icon().orElseThrow().openStream()) {
				assertEquals(0x89, in.read(), id + " has a PNG icon"); //$NON-NLS-1$
			}
		}
	}

	@Test
	void templatesAreFilledInEveryLanguage() {
		Domain water = domains.find("water-resources").orElseThrow(); //$NON-NLS-1$
		List<Indicator> indicators = water.newIndicators();
		assertEquals(3, indicators.size());
		indicators.forEach(i -> assertEquals("m3", i.getUnit())); //$NON-NLS-1$
		assertEquals("Wasserentnahme", indicators.get(0).getName().getText("de")); //$NON-NLS-1$ //$NON-NLS-2$
		Concept concept = water.newConcept(Locale.CHINESE).orElseThrow();
		assertEquals("zh", concept.getTitle().getOriginal().getLanguage()); //$NON-NLS-1$
		assertEquals("Effizientes Management der Wasserressourcen", concept.getTitle().getText("de")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, concept.getMeasures().size());
		ImplementationPlan plan = domains.find("energy-efficiency").orElseThrow().newPlan(Locale.GERMAN).orElseThrow(); //$NON-NLS-1$
		assertEquals(3, plan.getItems().size());
		assertEquals(2, plan.getDependencies().size());
		Task analysis = (Task) ((WorkPackage) plan.getItems().get(0)).getChildren().get(0);
		Task pilots = (Task) ((WorkPackage) plan.getItems().get(1)).getChildren().get(0);
		assertEquals(analysis.getFinish().plusDays(1), pilots.getStart());
		assertEquals(plan.getStart(), analysis.getStart());
		assertTrue(plan.getFinish().isAfter(pilots.getFinish()));
	}

	@Test
	void aDomainWithoutIdIsLeftOutAndReportedWithItsPlugin() {
		assertTrue(domains.failures().stream().anyMatch(f -> f.plugin().equals("org.tandem.domains.faulty") && f.task().equals("id")), //$NON-NLS-1$ //$NON-NLS-2$
				domains.failures().toString());
		assertTrue(domains.all().stream().noneMatch(d -> d.name(Locale.ENGLISH).equals("Nameless"))); //$NON-NLS-1$
	}

	@Test
	void aDomainThatThrowsGivesFallbacksAndIsReportedWithItsPlugin() {
		Domain faulty = domains.find("faulty").orElseThrow(); //$NON-NLS-1$
		assertEquals("faulty", faulty.name(Locale.GERMAN)); //$NON-NLS-1$
		assertTrue(faulty.icon().isEmpty());
		assertTrue(faulty.newIndicators().isEmpty());
		assertFalse(faulty.newConcept(Locale.GERMAN).isPresent());
		assertFalse(faulty.newConcept(Locale.GERMAN).isPresent());
		List<String> tasks = domains.failures().stream().filter(f -> f.contribution().equals("faulty")).map(ContributionFailure::task).toList(); //$NON-NLS-1$
		assertEquals(List.of("concept template", "icon", "indicators", "name"), tasks.stream().sorted().toList(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"each failing call reported once"); //$NON-NLS-1$
		domains.failures().stream().filter(f -> f.contribution().equals("faulty")) //$NON-NLS-1$
				.forEach(f -> assertEquals("org.tandem.domains.faulty", f.plugin())); //$NON-NLS-1$
		assertEquals(3, domains.all().size(), "the built-in domains and the faulty one are listed"); //$NON-NLS-1$
	}
}
