package org.tandem.app.internal;

import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.menu.ItemType;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;

/**
 * Window &gt; Theme: one radio item per installed theme (Tandem's light and dark, and any that a
 * plug-in contributes), the active one checked.
 */
public class ThemeMenu {

	/** Key of the persisted state that names the theme of an item. */
	static final String THEME_ID = "org.tandem.app.themeId"; //$NON-NLS-1$

	@AboutToShow
	void aboutToShow(List<MMenuElement> items, IThemeEngine engine) {
		ITheme active = engine.getActiveTheme();
		for (ITheme theme : engine.getThemes()) {
			MDirectMenuItem item = MMenuFactory.INSTANCE.createDirectMenuItem();
			item.setElementId("org.tandem.app.menuitem.theme." + theme.getId()); //$NON-NLS-1$
			item.setLabel(theme.getLabel());
			item.setType(ItemType.RADIO);
			item.setSelected(active != null && active.getId().equals(theme.getId()));
			item.getPersistedState().put(THEME_ID, theme.getId());
			item.setContributionURI("bundleclass://org.tandem.app/" + SwitchTheme.class.getName()); //$NON-NLS-1$
			items.add(item);
		}
	}
}
