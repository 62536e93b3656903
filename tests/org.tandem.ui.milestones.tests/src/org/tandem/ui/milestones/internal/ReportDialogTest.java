package org.tandem.ui.milestones.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.report.internal.ReportScope;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

/** File > Report…'s dialog: every partnership and task group offered, the language chosen, OK hands both on. */
class ReportDialogTest {

	private EditorHarness harness;
	private final ComposedAdapterFactory adapters = ItemProviders.create();

	@BeforeEach
	void open(@TempDir Path folder) throws Exception {
		harness = new EditorHarness(folder, 600, 400);
	}

	@AfterEach
	void close() {
		harness.close();
		adapters.dispose();
	}

	@Test
	void choosesScopeAndLanguage() {
		var scopes = ReportScope.all(harness.workspace().roots());
		ReportDialog dialog = new ReportDialog(harness.shell(), scopes,
				new Texts(new ItemProviderLabelProvider(adapters, new ItemImages(harness.shell()))));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.settle();
		assertEquals(scopes.size(), dialog.scopeChoice().combo().getItemCount(), "two partnerships and their three task groups");
		assertEquals(5, scopes.size());
		dialog.scopeChoice().choose(scopes.get(2));
		dialog.languageChoice().choose("zh");
		Button ok = Ui.find(dialog.getShell(), Button.class, b -> b.getText().equals(org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL)).orElseThrow();
		ok.notifyListeners(SWT.Selection, null);
		assertEquals(Window.OK, dialog.getReturnCode());
		assertSame(scopes.get(2), dialog.chosenScope());
		assertEquals(Locale.CHINESE, dialog.chosenLanguage());
	}
}
