package org.tandem.io.internal.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.Labels;
import org.tandem.io.internal.Scope;

/** An exporter of the tasks and milestones of a partnership, task group, plan or work package as a table. */
abstract class TableExporter implements Exporter {

	private final String labelKey;

	TableExporter(String labelKey) {
		this.labelKey = labelKey;
	}

	@Override
	public String name(Locale locale) {
		return new Labels(locale).get(labelKey);
	}

	@Override
	public boolean accepts(EObject scope) {
		return Scope.covers(scope);
	}

	@Override
	public void export(EObject scope, OutputStream out, Locale locale) throws IOException {
		Labels labels = new Labels(locale);
		write(new PlanRows(labels).of(scope), labels, out);
	}

	/** Writes a header row in the labels' language and then {@code rows}. */
	abstract void write(List<Row> rows, Labels labels, OutputStream out) throws IOException;
}
