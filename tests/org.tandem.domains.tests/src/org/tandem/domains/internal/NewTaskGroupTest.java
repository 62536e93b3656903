package org.tandem.domains.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.internal.domains.NewTaskGroup;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.TranslationState;

/** A new task group of a domain, filled from its templates, is one command that undo takes back whole. */
class NewTaskGroupTest {

	private ServiceTracker<TaskGroupDomains, TaskGroupDomains> tracker;
	private TaskGroupDomains domains;
	private final EditingDomain editing = new AdapterFactoryEditingDomain(ItemProviders.create(), new BasicCommandStack());
	private final Partnership partnership = TandemFactory.eINSTANCE.createPartnership();

	@BeforeEach
	void track() throws InterruptedException {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), TaskGroupDomains.class, null);
		tracker.open();
		domains = tracker.waitForService(10_000);
	}

	@AfterEach
	void close() {
		tracker.close();
	}

	@Test
	void groupConceptAndIndicatorsComeInOneUndoableCommand() {
		Command command = NewTaskGroup.create(editing, partnership, domains.find("energy-efficiency").orElseThrow(), Locale.CHINESE); //$NON-NLS-1$
		editing.getCommandStack().execute(command);
		TaskGroup group = (TaskGroup) command.getResult().iterator().next();
		assertEquals(group, partnership.getTaskGroups().get(0));
		assertEquals("energy-efficiency", group.getDomain()); //$NON-NLS-1$
		assertEquals("能源与材料效率", group.getName().getOriginal().getText()); //$NON-NLS-1$
		assertEquals(TranslationState.REVIEWED, group.getName().getTranslations().get(1).getState());
		assertEquals("Energie- und Materialeffizienz", group.getName().getText("de")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, group.getConcepts().size());
		assertNotNull(group.getId());
		assertEquals(4, partnership.getIndicators().size());
		assertTrue(command.getLabel().endsWith(": 能源与材料效率"), command.getLabel()); //$NON-NLS-1$

		editing.getCommandStack().undo();
		assertTrue(partnership.getTaskGroups().isEmpty());
		assertTrue(partnership.getIndicators().isEmpty());
	}

	@Test
	void indicatorsThePartnershipTracksAreNotAddedTwice() {
		editing.getCommandStack().execute(NewTaskGroup.create(editing, partnership, domains.find("water-resources").orElseThrow(), Locale.GERMAN)); //$NON-NLS-1$
		editing.getCommandStack().execute(NewTaskGroup.create(editing, partnership, domains.find("water-resources").orElseThrow(), Locale.ENGLISH)); //$NON-NLS-1$
		assertEquals(2, partnership.getTaskGroups().size());
		assertEquals(3, partnership.getIndicators().size());
	}

	@Test
	void aThrowingDomainStillGivesATaskGroupNamedByItsId() {
		editing.getCommandStack().execute(NewTaskGroup.create(editing, partnership, domains.find("faulty").orElseThrow(), Locale.GERMAN)); //$NON-NLS-1$
		TaskGroup group = partnership.getTaskGroups().get(0);
		assertEquals("faulty", group.getName().getText("de")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(group.getConcepts().isEmpty());
		assertTrue(domains.failures().stream().anyMatch(f -> f.contribution().equals("faulty") && f.task().equals("concept template"))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
