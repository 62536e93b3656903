package org.tandem.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.tandem.core.internal.domains.TaskGroupDomains;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.edit.spi.TandemEditPlugin;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.ElementEditors;
import org.tandem.ui.internal.navigator.NavigatorPart;

/**
 * New &gt; Implementation Plan chosen with the keyboard in the navigator's context menu on the
 * energy task group, and the new plan from the domain's template opened in the plan editor beside
 * the navigator, in the run's language (en, de, zh).
 */
@Tag("screenshots")
class NewPlanScreenshotTest {

	@Test
	void theMenuAndTheNewPlanInItsEditor(@TempDir Path folder) throws Exception {
		BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceReference<TaskGroupDomains> reference = bundles.getServiceReference(TaskGroupDomains.class);
		AtomicReference<PlanEditorPart> editor = new AtomicReference<>();
		try (EditorHarness harness = PlanEditors.harness(folder)) {
			harness.context().set(TaskGroupDomains.class, bundles.getService(reference));
			harness.context().set(Clock.class, Clock.fixed(LocalDate.parse("2026-11-23").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
			harness.context().set(ElementEditors.class, new ElementEditors(null, null, null) {
				@Override
				public boolean canOpen(EObject element) {
					return element instanceof ImplementationPlan;
				}

				@Override
				public Optional<MPart> open(EObject element) {
					editor.set(harness.open(PlanEditorPart.class, element));
					return Optional.of(harness.part(editor.get()));
				}
			});
			Partnership partnership = (Partnership) harness.workspace().roots().stream()
					.filter(r -> r instanceof Partnership p && p.getName().getText("en").startsWith("Rhine-Neckar")).findFirst().orElseThrow();
			TaskGroup energy = partnership.getTaskGroups().stream().filter(g -> "energy-efficiency".equals(g.getDomain())).findFirst().orElseThrow();
			NavigatorPart navigator = harness.open(NavigatorPart.class, partnership);
			navigator.select(energy);
			Ui.settle();

			String planType = TandemEditPlugin.INSTANCE.getString("_UI_ImplementationPlan_type");
			MenuItem newPlan = openNewMenuAt(Ui.find(harness.shell(), Tree.class, t -> true).orElseThrow(), planType);
			Rectangle shell = harness.shell().getBounds();
			Path menuPicture = Screenshots.saveScreen(new Rectangle(shell.x, shell.y, 900, 520), "new-plan-menu");
			assertTrue(Files.size(menuPicture) > 10_000, menuPicture.toString());
			assertEquals(planType, newPlan.getText());

			Ui.key(SWT.CR, '\r', 0);
			Ui.waitUntil(() -> editor.get() != null, 10, "the plan editor");
			ImplementationPlan plan = (ImplementationPlan) harness.workspace().roots().get(harness.workspace().roots().size() - 1);
			assertEquals(energy, plan.getTaskGroup());
			assertEquals(3, plan.getItems().size(), "the domain's three work packages");
			assertEquals(plan, EditorInput.of(harness.part(editor.get())), "the new plan opens in the plan editor");
			Path editorPicture = Screenshots.save(harness.shell(), "new-plan-editor");
			assertTrue(Files.size(editorPicture) > 10_000, editorPicture.toString());
		} finally {
			bundles.ungetService(reference);
		}
	}

	/**
	 * Opens the tree's context menu at its selected item, then New with the arrow keys, and moves
	 * down to the item labelled {@code text}, as a person at the keyboard would; returns that item,
	 * highlighted.
	 */
	private static MenuItem openNewMenuAt(Tree tree, String text) {
		TreeItem selected = tree.getSelection()[0];
		Rectangle bounds = selected.getBounds();
		Menu menu = tree.getMenu();
		AtomicReference<MenuItem> armed = new AtomicReference<>();
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.addListener(SWT.Arm, a -> armed.set(item));
				if (item.getMenu() != null) {
					item.getMenu().addListener(SWT.Show, s -> {
						for (MenuItem child : item.getMenu().getItems()) {
							child.addListener(SWT.Arm, a -> armed.set(child));
						}
					});
				}
			}
		});
		Point at = tree.toDisplay(bounds.x + 40, bounds.y + bounds.height);
		menu.setLocation(at);
		menu.setVisible(true);
		Ui.waitUntil(menu::isVisible, 5, "the context menu");
		Ui.key(SWT.ARROW_DOWN, '\0', 0);
		Ui.waitUntil(() -> armed.get() != null, 5, "New highlighted");
		Menu newMenu = armed.get().getMenu();
		Ui.key(SWT.ARROW_RIGHT, '\0', 0);
		Ui.waitUntil(() -> newMenu != null && newMenu.isVisible(), 5, "the New menu");
		for (int i = 0; i < newMenu.getItemCount() && !text.equals(armed.get().getText()); i++) {
			Ui.key(SWT.ARROW_DOWN, '\0', 0);
		}
		assertEquals(text, armed.get().getText(), "the keyboard reaches the item");
		return armed.get();
	}
}
