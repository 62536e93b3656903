package org.tandem.core.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

/**
 * Writes part of a workspace in another format: a plan as MS Project XML, milestones as
 * iCalendar, tasks as a spreadsheet. Shown in File &gt; Export and in {@code tandem-cli export}.
 *
 * @since 0.1
 */
public interface Exporter extends Contribution {

	/** The file name extension of what it writes, without the dot, for example {@code xml}. */
	String fileExtension();

	/** Whether it can export {@code scope}: a partnership, a task group, a plan or another element. */
	boolean accepts(EObject scope);

	/**
	 * Writes {@code scope} to {@code out}, texts in the language of {@code locale}. Leaves
	 * {@code out} open; the caller writes to a temporary file and moves it in place, so that a
	 * failure leaves no half-written file.
	 */
	void export(EObject scope, OutputStream out, Locale locale) throws IOException;
}
