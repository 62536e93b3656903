package org.tandem.report.internal.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.tandem.report.internal.ReportTexts;
import org.tandem.report.internal.dashboard.PartnershipDashboard;

/**
 * A dashboard as one self-contained HTML page in a language: the style sheet inline, the charts
 * as inline SVG, no script, font, image or link to anything outside the page (its content
 * security policy forbids them, too), and the page's {@code lang} set.
 */
public final class DashboardHtml {

	private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'"; //$NON-NLS-1$

	private final ReportTexts texts;

	public DashboardHtml(Locale language) {
		this.texts = new ReportTexts(language);
	}

	/** The page of {@code dashboard}. */
	public String page(PartnershipDashboard dashboard) {
		Html html = new Html();
		String title = texts.get("dashboard.title", texts.text(dashboard.partnership().getName())); //$NON-NLS-1$
		html.markup("<!DOCTYPE html>\n").open("html", "lang", texts.language()).open("head"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.empty("meta", "charset", "utf-8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.empty("meta", "http-equiv", "Content-Security-Policy", "content", POLICY); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.empty("meta", "name", "generator", "content", "Tandem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.element("title", title); //$NON-NLS-1$
		html.open("style").markup(style()).close("style").close("head"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.open("body").open("header").element("h1", title); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("p", texts.get("dashboard.asOf", texts.date(dashboard.day())), "class", "muted").close("header"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.open("main"); //$NON-NLS-1$
		new MilestoneSection(html, texts).write(dashboard);
		new IndicatorSection(html, texts).write(dashboard);
		new ActivitySection(html, texts).write(dashboard);
		html.close("main"); //$NON-NLS-1$
		html.element("footer", texts.get("dashboard.footer", texts.date(dashboard.day()))); //$NON-NLS-1$ //$NON-NLS-2$
		return html.close("body").close("html").markup("\n").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The style sheet, {@code dashboard.css} beside this class. */
	private static String style() {
		try (InputStream in = DashboardHtml.class.getResourceAsStream("dashboard.css")) { //$NON-NLS-1$
			if (in == null) {
				throw new IllegalStateException("dashboard.css is missing from org.tandem.report"); //$NON-NLS-1$
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
