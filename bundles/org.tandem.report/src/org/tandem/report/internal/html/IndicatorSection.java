package org.tandem.report.internal.html;

import org.tandem.core.api.indicators.IndicatorProgress;
import org.tandem.core.api.indicators.IndicatorSeries;
import org.tandem.model.api.Indicator;
import org.tandem.report.internal.ReportTexts;
import org.tandem.report.internal.dashboard.PartnershipDashboard;
import org.tandem.report.internal.dashboard.RegionProgress;

/** The dashboard's indicators, a heading per region and a card per indicator: its chart, baseline, latest measurement, target and progress bar. */
final class IndicatorSection {

	private final Html html;
	private final ReportTexts texts;

	IndicatorSection(Html html, ReportTexts texts) {
		this.html = html;
		this.texts = texts;
	}

	void write(PartnershipDashboard dashboard) {
		html.open("section", "id", "indicators"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("h2", texts.get("dashboard.indicators", dashboard.day().getYear())); //$NON-NLS-1$ //$NON-NLS-2$
		if (dashboard.regions().isEmpty()) {
			html.element("p", texts.get("dashboard.indicators.none"), "class", "muted"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		for (RegionProgress region : dashboard.regions()) {
			html.element("h3", region.region() == null ? texts.get("dashboard.region.none") : texts.text(region.region().getName())); //$NON-NLS-1$ //$NON-NLS-2$
			html.open("div", "class", "indicators"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			region.indicators().forEach(this::card);
			html.close("div"); //$NON-NLS-1$
		}
		html.close("section"); //$NON-NLS-1$
	}

	private void card(IndicatorProgress progress) {
		Indicator indicator = progress.indicator();
		String name = texts.text(indicator.getName());
		html.open("article", "class", "indicator").element("h4", name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		new IndicatorChart(IndicatorSeries.of(indicator)).write(html, texts.get("dashboard.chart", name), texts::number); //$NON-NLS-1$
		html.element("p", texts.get("dashboard.baseline", String.valueOf(indicator.getBaselineYear()), value(indicator.getBaselineValue(), indicator))); //$NON-NLS-1$ //$NON-NLS-2$
		html.element("p", progress.measured().isEmpty() ? texts.get("dashboard.latest.none") //$NON-NLS-1$ //$NON-NLS-2$
				: texts.get("dashboard.latest", String.valueOf(progress.measuredYear().getAsInt()), value(progress.measured().getAsDouble(), indicator))); //$NON-NLS-1$
		html.element("p", progress.target().isEmpty() ? texts.get("dashboard.target.none") //$NON-NLS-1$ //$NON-NLS-2$
				: texts.get("dashboard.target", String.valueOf(progress.targetYear().getAsInt()), value(progress.target().getAsDouble(), indicator))); //$NON-NLS-1$
		if (progress.share().isPresent()) {
			double share = progress.share().getAsDouble();
			String done = texts.get("dashboard.share", texts.percent(share)); //$NON-NLS-1$
			ProgressBar.write(html, share, done);
			html.element("p", done); //$NON-NLS-1$
		} else {
			html.element("p", texts.get("dashboard.share.none"), "class", "muted"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (indicator.getMethod() != null && !indicator.getMethod().isBlank()) {
			html.element("p", texts.get("dashboard.method", indicator.getMethod()), "class", "muted"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		html.close("article"); //$NON-NLS-1$
	}

	private String value(double value, Indicator indicator) {
		String unit = indicator.getUnit();
		return unit == null || unit.isBlank() ? texts.number(value) : texts.number(value) + " " + unit; //$NON-NLS-1$
	}
}
