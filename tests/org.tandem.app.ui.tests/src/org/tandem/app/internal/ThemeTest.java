package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.css.swt.theme.IThemeManager;
import org.eclipse.e4.ui.model.application.ui.menu.ItemType;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Window &gt; Theme lists Tandem's themes and switching one restyles the open windows. */
class ThemeTest {

	private static final String LIGHT = "org.tandem.app.theme.light";
	private static final String DARK = "org.tandem.app.theme.dark";

	private final Shell shell = Ui.openShell();

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void theMenuOffersLightAndDarkAndSwitchingRestylesTheWindow() {
		IThemeEngine engine = themeEngine();
		engine.setTheme(LIGHT, false);
		engine.applyStyles(shell, true);
		Ui.settle();
		assertEquals(new RGB(0xf6, 0xf7, 0xf9), shell.getBackground().getRGB());

		List<MMenuElement> items = new ArrayList<>();
		new ThemeMenu().aboutToShow(items, engine);
		Map<String, MDirectMenuItem> byTheme = items.stream().map(MDirectMenuItem.class::cast)
				.collect(Collectors.toMap(i -> i.getPersistedState().get(ThemeMenu.THEME_ID), i -> i));
		assertTrue(byTheme.keySet().containsAll(List.of(LIGHT, DARK)), byTheme.keySet().toString());
		assertTrue(byTheme.get(LIGHT).isSelected());
		assertTrue(!byTheme.get(DARK).isSelected());
		assertEquals(ItemType.RADIO, byTheme.get(DARK).getType());
		assertEquals("Dark", byTheme.get(DARK).getLabel().replace("Dunkel", "Dark").replace("深色", "Dark"));

		new SwitchTheme().execute(byTheme.get(DARK), engine);
		Ui.settle();
		assertEquals(DARK, engine.getActiveTheme().getId());
		assertEquals(new RGB(0x2b, 0x2d, 0x31), shell.getBackground().getRGB());
	}

	private static IThemeEngine themeEngine() {
		BundleContext bundles = FrameworkUtil.getBundle(ThemeTest.class).getBundleContext();
		ServiceReference<IThemeManager> reference = bundles.getServiceReference(IThemeManager.class);
		assertNotNull(reference, "the theme manager service runs");
		IThemeEngine engine = bundles.getService(reference).getEngineForDisplay(Ui.display());
		assertNotNull(engine);
		return engine;
	}
}
