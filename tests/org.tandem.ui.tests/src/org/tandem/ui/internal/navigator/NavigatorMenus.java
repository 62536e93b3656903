package org.tandem.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.tandem.testing.Ui;

/** The navigator's context menu as the tests drive it: shown as a right click shows it, items found by label and chosen. */
final class NavigatorMenus {

	private NavigatorMenus() {
	}

	/** The context menu of the navigator's tree, filled for the selection as it is when it shows. */
	static Menu show(NavigatorPart navigator) {
		Menu menu = navigator.tree().getTree().getMenu();
		menu.notifyListeners(SWT.Show, null);
		return menu;
	}

	/** The submenu of {@code item}, filled as when it opens. */
	static Menu open(MenuItem item) {
		Menu menu = item.getMenu();
		menu.notifyListeners(SWT.Show, null);
		return menu;
	}

	/** The item labelled {@code text} (before any accelerator). */
	static MenuItem item(Menu menu, String text) {
		for (MenuItem item : menu.getItems()) {
			if (item.getText().equals(text) || item.getText().startsWith(text + "\t")) {
				return item;
			}
		}
		throw new AssertionError(text + " is not in " + texts(menu));
	}

	/** Chooses {@code item}, which must be enabled. */
	static void choose(MenuItem item) {
		assertTrue(item.isEnabled(), item.getText() + " is enabled");
		item.notifyListeners(SWT.Selection, null);
		Ui.settle();
	}

	static List<String> texts(Menu menu) {
		return List.of(menu.getItems()).stream().map(MenuItem::getText).toList();
	}
}
