package org.tandem.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.ui.internal.navigator.NavigatorMenus.item;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TaskGroup;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;
import org.tandem.ui.internal.properties.PropertiesPart;

/**
 * New &gt; Task group offers the registered domains (the built-in ones here) and fills the new
 * group from the chosen domain's templates in one undoable step; the navigator shows the domain's
 * icon, the properties its name in the reader's language.
 */
class NavigatorDomainsTest {

	@TempDir
	Path folder;

	private EditorHarness harness;
	private NavigatorPart navigator;
	private BundleContext bundles;
	private ServiceReference<TaskGroupDomains> reference;

	@BeforeEach
	void open() throws Exception {
		bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
		reference = bundles.getServiceReference(TaskGroupDomains.class);
		assertNotNull(reference, "the domain registry is a service");
		harness = new EditorHarness(folder, 900, 600);
		harness.context().set(TaskGroupDomains.class, bundles.getService(reference));
		navigator = harness.open(NavigatorPart.class, partnership());
	}

	@AfterEach
	void close() {
		harness.close();
		bundles.ungetService(reference);
	}

	@Test
	void newTaskGroupOfADomainInOneUndoableStep() {
		Partnership partnership = partnership();
		int groups = partnership.getTaskGroups().size();
		int indicators = partnership.getIndicators().size();
		Menu domains = newTaskGroupMenu(partnership);
		List<String> names = List.of(domains.getItems()).stream().map(MenuItem::getText).filter(t -> !t.isEmpty()).toList();
		assertEquals(List.of("Energy and material efficiency", "Water-resource management", Messages.navigator_noDomain), names);
		MenuItem energy = domains.getItems()[0];
		assertNotNull(energy.getImage(), "the domain's icon");
		energy.notifyListeners(SWT.Selection, null);
		Ui.settle();

		TaskGroup created = partnership.getTaskGroups().get(groups);
		assertEquals("energy-efficiency", created.getDomain());
		assertEquals("Energy and material efficiency", created.getName().getText("en"));
		assertEquals(1, created.getConcepts().size(), "the domain's concept template");
		assertTrue(partnership.getIndicators().size() > indicators, "the domain's indicators the partnership lacked");
		assertEquals(List.of(created), navigator.selected());
		TreeItem item = navigator.tree().getTree().getSelection()[0];
		assertNotNull(item.getImage());

		harness.editing().stackFor(partnership).orElseThrow().undo();
		Ui.settle();
		assertEquals(groups, partnership.getTaskGroups().size(), "one undo takes back the group");
		assertEquals(indicators, partnership.getIndicators().size(), "and its indicators");
	}

	@Test
	void withoutADomainIsStillOffered() {
		Partnership partnership = partnership();
		int groups = partnership.getTaskGroups().size();
		Menu domains = newTaskGroupMenu(partnership);
		MenuItem none = List.of(domains.getItems()).stream().filter(i -> i.getText().equals(Messages.navigator_noDomain)).findFirst().orElseThrow();
		none.notifyListeners(SWT.Selection, null);
		Ui.settle();
		assertEquals(null, partnership.getTaskGroups().get(groups).getDomain());
	}

	@Test
	@Tag("screenshots")
	void domainIconInTheNavigatorAndNameInTheProperties() throws Exception {
		TaskGroup energy = partnership().getTaskGroups().stream().filter(g -> "energy-efficiency".equals(g.getDomain())).findFirst().orElseThrow();
		harness.context().set(IServiceConstants.ACTIVE_SELECTION, energy);
		PropertiesPart properties = harness.open(PropertiesPart.class, energy);
		navigator.tree().setSelection(new StructuredSelection(energy), true);
		Ui.settle();
		Combo domain = Ui.find(harness.shell(), Combo.class, c -> "domain".equals(c.getData("org.tandem.properties.field"))).orElseThrow();
		String expected = switch (Locale.getDefault().getLanguage()) {
			case "de" -> "Energie- und Materialeffizienz";
			case "zh" -> "能源与材料效率";
			default -> "Energy and material efficiency";
		};
		assertEquals(expected, domain.getText());
		assertNotNull(properties);
		Path picture = Screenshots.save(harness.shell(), "task-group-domain");
		assertTrue(Files.size(picture) > 1000, picture.toString());
	}

	private Menu newTaskGroupMenu(Partnership partnership) {
		harness.shell().forceActive();
		navigator.tree().setSelection(new StructuredSelection(partnership), true);
		Ui.settle();
		Menu newMenu = NavigatorMenus.open(item(NavigatorMenus.show(navigator), Messages.navigator_new));
		assertNotNull(item(newMenu, "Task Group").getMenu(), "Task Group is a choice of domain");
		return NavigatorMenus.open(item(newMenu, "Task Group"));
	}

	private Partnership partnership() {
		return (Partnership) harness.workspace().roots().stream()
				.filter(r -> r instanceof Partnership p && p.getName().getText("en").startsWith("Rhine-Neckar")).findFirst().orElseThrow();
	}
}
