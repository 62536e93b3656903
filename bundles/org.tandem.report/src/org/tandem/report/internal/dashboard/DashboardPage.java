package org.tandem.report.internal.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.tandem.core.api.persistence.AtomicFile;
import org.tandem.report.internal.html.DashboardHtml;

/**
 * Writes a {@link PartnershipDashboard} as a static, self-contained HTML page in German, Chinese
 * or English that a regional association can publish as it is: style and SVG charts inline, no
 * scripts, fonts, images or links to other sites, every text from the model escaped.
 */
public final class DashboardPage {

	private final Locale language;

	/** Pages in the language of {@code language} (de, zh, en; others get English). */
	public DashboardPage(Locale language) {
		this.language = language;
	}

	/** The page of {@code dashboard}. */
	public String html(PartnershipDashboard dashboard) {
		return new DashboardHtml(language).page(dashboard);
	}

	/** Writes the page of {@code dashboard} into {@code file} atomically, UTF-8. */
	public void write(PartnershipDashboard dashboard, Path file) throws IOException {
		new AtomicFile(file).write(html(dashboard).getBytes(StandardCharsets.UTF_8));
	}
}
