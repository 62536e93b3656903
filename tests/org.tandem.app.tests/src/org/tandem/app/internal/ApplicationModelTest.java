package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MBindingContext;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.SideValue;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MDynamicMenuContribution;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The application model that the product starts with: the window, its menus and what they call. */
class ApplicationModelTest {

	private MApplication application;
	private MTrimmedWindow window;

	@BeforeEach
	void load() throws Exception {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resources.getResource(URI.createPlatformPluginURI("org.tandem.app/Application.e4xmi", true), true);
		application = (MApplication) resource.getContents().get(0);
		window = (MTrimmedWindow) application.getChildren().get(0);
	}

	@Test
	void theMainWindowIsCalledTandem() {
		assertEquals(1, application.getChildren().size());
		assertEquals("Tandem", window.getLabel());
	}

	@Test
	void theMenuBarHasFileEditWindowAndHelp() {
		List<String> menus = window.getMainMenu().getChildren().stream().map(MMenuElement::getElementId).toList();
		assertEquals(List.of("org.tandem.app.menu.file", "org.tandem.app.menu.edit", "org.tandem.app.menu.window",
				"org.tandem.app.menu.help"), menus);
		assertEquals(List.of("%menu.file", "%menu.edit", "%menu.window", "%menu.help"),
				window.getMainMenu().getChildren().stream().map(MMenuElement::getLabel).toList());
	}

	@Test
	void helpOffersAboutAndWindowOffersTheThemes() {
		MHandledMenuItem about = (MHandledMenuItem) menu("org.tandem.app.menu.help").getChildren().get(0);
		assertEquals("org.eclipse.ui.help.aboutAction", about.getCommand().getElementId());
		MMenu theme = (MMenu) menu("org.tandem.app.menu.window").getChildren().get(0);
		MDynamicMenuContribution themes = (MDynamicMenuContribution) theme.getChildren().get(0);
		assertTrue(themes.getContributionURI().endsWith(ThemeMenu.class.getName()));
	}

	@Test
	void theStatusLineSitsAtTheBottom() {
		MTrimBar bottom = window.getTrimBars().stream().filter(t -> t.getSide() == SideValue.BOTTOM).findFirst()
				.orElseThrow(() -> new AssertionError("no bottom trim bar"));
		MToolControl status = (MToolControl) bottom.getChildren().get(0);
		assertTrue(status.getContributionURI().endsWith(StatusLine.class.getName()));
	}

	@Test
	void theNavigatorSitsBesideThePrimaryPartStackForEditorsWithTheBottomStackBelowIt() {
		List<MPartStack> stacks = all(MPartStack.class);
		assertEquals(List.of("org.tandem.app.partstack.navigator", "org.tandem.app.partstack.editors", "org.tandem.app.partstack.bottom"),
				stacks.stream().map(MPartStack::getElementId).toList());
		assertEquals("org.tandem.ui.part.navigator", stacks.get(0).getChildren().get(0).getElementId());
		assertTrue(stacks.get(1).getTags().contains("org.eclipse.e4.primaryDataStack"));
	}

	@Test
	void everyCommandHasAHandlerAndEveryMenuItemACommand() {
		Set<MCommand> handled = application.getHandlers().stream().map(MHandler::getCommand).collect(Collectors.toSet());
		for (MCommand command : application.getCommands()) {
			assertTrue(handled.contains(command), command.getElementId() + " has no handler");
		}
		for (MHandledMenuItem item : all(MHandledMenuItem.class)) {
			assertNotNull(item.getCommand(), item.getElementId());
			assertTrue(application.getCommands().contains(item.getCommand()), item.getElementId());
		}
	}

	@Test
	void everyKeyBindingTableBelongsToAnActiveContext() {
		Set<MBindingContext> active = new java.util.HashSet<>(application.getBindingContexts());
		active.addAll(window.getBindingContexts());
		for (MBindingTable table : application.getBindingTables()) {
			assertTrue(active.contains(table.getBindingContext()),
					table.getElementId() + " is bound to " + table.getBindingContext().getElementId() + ", which no window activates");
		}
	}

	@Test
	void everyContributionNamesAClassThatLoads() {
		for (MContribution contribution : all(MContribution.class)) {
			String uri = contribution.getContributionURI();
			if (uri == null) {
				continue;
			}
			assertTrue(uri.startsWith("bundleclass://"), uri);
			String[] parts = uri.substring("bundleclass://".length()).split("/", 2);
			Bundle bundle = bundleNamed(parts[0]);
			try {
				bundle.loadClass(parts[1]);
			} catch (ClassNotFoundException e) {
				fail(uri + " does not load from " + bundle);
			}
		}
	}

	private Bundle bundleNamed(String symbolicName) {
		for (Bundle bundle : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		throw new AssertionError("the product lacks bundle " + symbolicName);
	}

	private MMenu menu(String id) {
		return (MMenu) window.getMainMenu().getChildren().stream().filter(m -> id.equals(m.getElementId())).findFirst()
				.orElseThrow();
	}

	private <T> List<T> all(Class<T> type) {
		List<T> found = new java.util.ArrayList<>();
		TreeIterator<EObject> it = ((EObject) application).eAllContents();
		while (it.hasNext()) {
			EObject next = it.next();
			if (type.isInstance(next)) {
				found.add(type.cast(next));
			}
		}
		if (type.isInstance(application)) {
			found.add(0, type.cast(application));
		}
		return found;
	}
}
