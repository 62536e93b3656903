package org.tandem.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.persistence.AtomicFile;
import org.tandem.report.internal.ReportDocument;

/**
 * Writes the PDF status report of a partnership or task group on a day, in German, Chinese or
 * English: title, summary, the milestone table with status and traffic light, the Gantt chart of
 * each plan and the milestone trend analysis, all drawn as vector graphics; text in Noto Sans SC,
 * embedded as a subset, so Chinese shows everywhere and can be searched and copied.
 */
public final class StatusReport {

	private final List<EObject> roots;

	/** Reports on the workspace whose root elements are {@code roots}. */
	public StatusReport(List<EObject> roots) {
		this.roots = roots;
	}

	/** Writes the report of {@code scope} in {@code language} as it stands on {@code day}. */
	public void write(ReportScope scope, Locale language, LocalDate day, OutputStream out) throws IOException {
		new ReportDocument(roots, scope, language, day).write(out);
	}

	/** Writes the title, summary and milestone table alone, without the charts: a quick list, and the baseline the report benchmark measures against. */
	public void writeWithoutCharts(ReportScope scope, Locale language, LocalDate day, OutputStream out) throws IOException {
		new ReportDocument(roots, scope, language, day).write(out, false);
	}

	/** Writes it into {@code file} atomically: the file holds the whole old or the whole new report. */
	public void write(ReportScope scope, Locale language, LocalDate day, Path file) throws IOException {
		new AtomicFile(file).write(out -> write(scope, language, day, out));
	}
}
