package org.tandem.ui.dashboard.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.indicators.IndicatorProgress;
import org.tandem.model.api.Indicator;
import org.tandem.report.internal.dashboard.DashboardTexts;
import org.tandem.report.internal.dashboard.PartnershipDashboard;
import org.tandem.report.internal.dashboard.RegionProgress;

/** The dashboard's indicators: per region a row of cards, each with the baseline, latest measurement, target and a progress bar. */
final class IndicatorView {

	private static final int CARDS_PER_ROW = 3;
	private final DashboardTexts texts;
	private final List<ProgressCanvas> bars = new ArrayList<>();

	IndicatorView(Composite parent, PartnershipDashboard dashboard, DashboardTexts texts) {
		this.texts = texts;
		Widgets.heading(parent, NLS.bind(Messages.indicators, String.valueOf(dashboard.day().getYear())), 2);
		if (dashboard.regions().isEmpty()) {
			Widgets.note(parent, Messages.indicators_none);
		}
		for (RegionProgress region : dashboard.regions()) {
			Widgets.heading(parent, region.region() == null ? Messages.region_none : texts.text(region.region().getName()), 1);
			Composite cards = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(CARDS_PER_ROW).equalWidth(true).spacing(8, 8).applyTo(cards);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(cards);
			region.indicators().forEach(progress -> card(cards, progress));
		}
	}

	private void card(Composite cards, IndicatorProgress progress) {
		Indicator indicator = progress.indicator();
		Composite card = new Composite(cards, SWT.BORDER);
		GridLayoutFactory.swtDefaults().margins(8, 6).spacing(0, 3).applyTo(card);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, SWT.DEFAULT).applyTo(card);
		Label name = line(card, texts.text(indicator.getName()));
		name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		line(card, NLS.bind(Messages.baseline, String.valueOf(indicator.getBaselineYear()), value(indicator.getBaselineValue(), indicator)));
		line(card, progress.measured().isEmpty() ? Messages.latest_none
				: NLS.bind(Messages.latest, String.valueOf(progress.measuredYear().getAsInt()), value(progress.measured().getAsDouble(), indicator)));
		line(card, progress.target().isEmpty() ? Messages.target_none
				: NLS.bind(Messages.target, String.valueOf(progress.targetYear().getAsInt()), value(progress.target().getAsDouble(), indicator)));
		if (progress.share().isPresent()) {
			ProgressCanvas bar = new ProgressCanvas(card, progress.share().getAsDouble());
			GridDataFactory.fillDefaults().grab(true, false).indent(0, 3).applyTo(bar.control());
			bars.add(bar);
			line(card, NLS.bind(Messages.share, texts.percent(progress.share().getAsDouble())));
		} else {
			line(card, Messages.share_none).setForeground(Widgets.MUTED);
		}
	}

	private static Label line(Composite card, String text) {
		Label label = new Label(card, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private String value(double value, Indicator indicator) {
		String unit = indicator.getUnit();
		return unit == null || unit.isBlank() ? texts.number(value) : texts.number(value) + " " + unit; //$NON-NLS-1$
	}

	List<ProgressCanvas> bars() {
		return bars;
	}
}
