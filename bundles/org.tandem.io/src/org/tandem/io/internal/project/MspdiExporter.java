package org.tandem.io.internal.project;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.mpxj.mspdi.MSPDIWriter;
import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.KeptOpen;
import org.tandem.io.internal.Labels;
import org.tandem.model.api.ImplementationPlan;

/** Writes an implementation plan as MS Project XML (MSPDI), which MS Project and MPXJ read. */
@Component(service = Exporter.class)
public final class MspdiExporter implements Exporter {

	@Override
	public String id() {
		return "org.tandem.io.mspdi"; //$NON-NLS-1$
	}

	@Override
	public String name(Locale locale) {
		return new Labels(locale).get("format.mspdi"); //$NON-NLS-1$
	}

	@Override
	public String fileExtension() {
		return "xml"; //$NON-NLS-1$
	}

	@Override
	public boolean accepts(EObject scope) {
		return scope instanceof ImplementationPlan;
	}

	@Override
	public void export(EObject scope, OutputStream out, Locale locale) throws IOException {
		new MSPDIWriter().write(new PlanToProject(Labels.languageOf(locale)).convert((ImplementationPlan) scope), new KeptOpen(out));
	}
}
