package org.tandem.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;

/** Switches to the theme that a Window &gt; Theme item names, and keeps that choice for the next start. */
public class SwitchTheme {

	@Execute
	void execute(MItem item, IThemeEngine engine) {
		String themeId = item.getPersistedState().get(ThemeMenu.THEME_ID);
		if (themeId != null) {
			engine.setTheme(themeId, true);
		}
	}
}
