package org.tandem.ui.indicators.internal;

import org.eclipse.jface.wizard.Wizard;
import org.tandem.core.internal.imports.AddMeasurements;
import org.tandem.core.internal.imports.ImportPreview;
import org.tandem.model.api.Indicator;
import org.tandem.ui.api.editing.ModelEditing;

/** Imports measurements of an indicator from a CSV or Excel file: one page, and the accepted rows added as one undoable command. */
final class ImportWizard extends Wizard {

	private final Indicator indicator;
	private final ModelEditing editing;
	private ImportPage page;

	ImportWizard(Indicator indicator, ModelEditing editing) {
		this.indicator = indicator;
		this.editing = editing;
		setWindowTitle(Messages.importTitle);
	}

	@Override
	public void addPages() {
		page = new ImportPage(indicator);
		addPage(page);
	}

	ImportPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		ImportPreview preview = page.preview();
		if (preview == null || preview.accepted().isEmpty()) {
			page.setErrorMessage(Messages.importNothing);
			return false;
		}
		return editing.domainFor(indicator).map(domain -> editing.execute(indicator, AddMeasurements.command(domain, indicator, preview.accepted())))
				.orElse(false);
	}
}
