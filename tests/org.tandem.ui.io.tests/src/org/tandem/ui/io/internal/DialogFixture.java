package org.tandem.ui.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.tandem.core.spi.Contribution;
import org.tandem.core.spi.Exporter;
import org.tandem.core.spi.Importer;
import org.tandem.io.internal.Offered;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;

/** The demo workspace, the registered importers and exporters, and a dialog opened without blocking. */
final class DialogFixture {

	final EditorHarness harness;

	DialogFixture(Path folder) throws IOException {
		harness = new EditorHarness(Files.createDirectories(folder.resolve("demo")), 400, 300);
	}

	static List<Offered<Importer>> importers() throws Exception {
		return Offered.importers(services(Importer.class), Locale.getDefault(), failure -> {
			throw new AssertionError(failure.describe());
		});
	}

	static List<Offered<Exporter>> exporters() throws Exception {
		return Offered.exporters(services(Exporter.class), Locale.getDefault(), failure -> {
			throw new AssertionError(failure.describe());
		});
	}

	ImplementationPlan plan(String fileStart) {
		return harness.workspace().roots().stream().filter(ImplementationPlan.class::isInstance).map(ImplementationPlan.class::cast)
				.filter(plan -> plan.eResource().getURI().lastSegment().startsWith(fileStart)).findFirst().orElseThrow();
	}

	static Path sample(Path folder) throws IOException {
		Path file = folder.resolve("wasser-pilot.gan");
		try (InputStream in = DialogFixture.class.getResourceAsStream("wasser-pilot.gan")) {
			Files.copy(in, file);
		}
		return file;
	}

	static <T extends TitleAreaDialog> T open(T dialog) {
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.settle();
		return dialog;
	}

	static Text fileField(TitleAreaDialog dialog) {
		return Ui.find(dialog.getShell(), Text.class, text -> (text.getStyle() & org.eclipse.swt.SWT.SINGLE) != 0).orElseThrow();
	}

	static Combo combo(TitleAreaDialog dialog, String label) {
		return Ui.find(dialog.getShell(), Combo.class, combo -> label.equals(combo.getData("label"))).orElseThrow();
	}

	/**
	 * Clicks the dialog's button with {@code id} with a real mouse click, after the double-click
	 * time has passed since any earlier click (GTK takes a quick second click as part of a double click).
	 */
	static void press(TitleAreaDialog dialog, int id) {
		Button button = Ui.find(dialog.getShell(), Button.class, b -> Integer.valueOf(id).equals(b.getData())).orElseThrow();
		long until = System.nanoTime() + (Ui.display().getDoubleClickTime() + 100) * 1_000_000L;
		Ui.waitUntil(() -> System.nanoTime() > until, 5, "the double-click time");
		Ui.click(button, button.getSize().x / 2, button.getSize().y / 2);
	}

	static final int OK = IDialogConstants.OK_ID;

	private static <T extends Contribution> List<T> services(Class<T> type) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(Offered.class).getBundleContext();
		if (context == null) {
			FrameworkUtil.getBundle(Offered.class).start();
			context = FrameworkUtil.getBundle(Offered.class).getBundleContext();
		}
		List<T> found = new ArrayList<>();
		for (ServiceReference<T> reference : context.getServiceReferences(type, null)) {
			found.add(context.getService(reference));
		}
		return found;
	}
}
