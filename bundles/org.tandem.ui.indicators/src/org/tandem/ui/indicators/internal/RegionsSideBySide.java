package org.tandem.ui.indicators.internal;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.indicators.IndicatorPair;
import org.tandem.core.api.indicators.RegionComparison;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Partnership;

/**
 * The indicator beside its counterpart in the partner region (the same quantity), each in its own
 * chart, the first region on the left, with a note saying whether their methods differ.
 */
final class RegionsSideBySide {

	private final Group group;
	private final LineChart left;
	private final LineChart right;
	private final Label note;
	private final IndicatorCharts charts;
	private final Function<EObject, String> labels;

	RegionsSideBySide(Composite parent, IndicatorCharts charts, Function<EObject, String> labels) {
		this.charts = charts;
		this.labels = labels;
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.regionsTitle);
		group.setLayout(new GridLayout(1, false));
		SashForm both = new SashForm(group, SWT.HORIZONTAL);
		both.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		left = new LineChart(both);
		right = new LineChart(both);
		note = new Label(group, SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	Group control() {
		return group;
	}

	Label note() {
		return note;
	}

	LineChart left() {
		return left;
	}

	LineChart right() {
		return right;
	}

	/** The chart's title: the indicator's region, or the indicator when it names none. */
	private String region(Indicator indicator) {
		return labels.apply(indicator.getRegion() != null ? indicator.getRegion() : indicator);
	}

	void show(Indicator indicator) {
		Optional<IndicatorPair> pair = indicator.eContainer() instanceof Partnership partnership
				? RegionComparison.pairs(partnership).stream().filter(p -> p.left() == indicator || p.right() == indicator).findFirst()
				: Optional.empty();
		left.control().setVisible(pair.isPresent());
		right.control().setVisible(pair.isPresent());
		if (pair.isEmpty()) {
			note.setText(Messages.noPartner);
		} else {
			charts.draw(left, pair.get().left(), region(pair.get().left()));
			charts.draw(right, pair.get().right(), region(pair.get().right()));
			note.setText(pair.get().methodsDiffer() ? pair.get().methodNote() : NLS.bind(Messages.sameMethod, pair.get().left().getMethod()));
		}
		group.layout(true, true);
	}
}
