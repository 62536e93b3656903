package org.tandem.ui.io.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.Offered;
import org.tandem.ui.api.editing.ModelEditing;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** File &gt; Export…: opens the export dialog on the registered exporters. */
public class ExportHandler {

	@Inject
	@Service
	List<Exporter> exporters;

	@CanExecute
	boolean canExecute(@Optional ModelEditing editing) {
		return editing != null && exporters != null && !exporters.isEmpty();
	}

	@Execute
	void execute(Shell shell, ModelEditing editing, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Failures failures = new Failures();
		new ExportDialog(shell, editing.workspace(), Offered.exporters(exporters, Locale.getDefault(), failures), selection, failures).open();
	}
}
