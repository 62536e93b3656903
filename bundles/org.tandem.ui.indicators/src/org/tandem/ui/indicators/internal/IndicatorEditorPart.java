package org.tandem.ui.indicators.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.indicators.IndicatorSeries;
import org.tandem.core.internal.log.FailureLog;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.model.api.Indicator;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.ElementEditor;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The indicator editor: its targets and measurements in tables edited in place (add, remove,
 * import from CSV or Excel), and charts of the indicator against its targets and the expected
 * impact of its measures, and beside its counterpart in the partner region.
 */
public class IndicatorEditorPart implements ElementEditor {

	/** Below this size the editor scrolls rather than squeezing its charts. */
	private static final int MINIMUM_WIDTH = 1100;
	private static final int MINIMUM_HEIGHT = 720;

	private Indicator indicator;
	private EditorBinding binding;
	private ItemProviderLabelProvider labels;
	private Label header;
	private Label problems;
	private FigurePanel targets;
	private FigurePanel measurements;
	private LineChart chart;
	private IndicatorCharts charts;
	private RegionsSideBySide regions;

	@PostConstruct
	void create(Composite parent, MPart part, ModelEditing editing) {
		this.indicator = (Indicator) EditorInput.of(part);
		binding = new EditorBinding(parent);
		labels = binding.labels();
		parent.setLayout(new FillLayout());
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(MINIMUM_WIDTH, MINIMUM_HEIGHT);
		Composite page = new Composite(scrolled, SWT.NONE);
		scrolled.setContent(page);
		page.setLayout(new GridLayout(1, false));
		header = new Label(page, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm columns = new SashForm(page, SWT.HORIZONTAL);
		columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		SashForm tables = new SashForm(columns, SWT.VERTICAL);
		targets = FigurePanel.targets(tables, indicator, editing, this::problem);
		measurements = FigurePanel.measurements(tables, indicator, editing, this::problem);
		tables.setWeights(35, 65);
		SashForm graphs = new SashForm(columns, SWT.VERTICAL);
		charts = new IndicatorCharts(new FailureLog(this::failed));
		chart = new LineChart(graphs);
		regions = new RegionsSideBySide(graphs, charts, labels::getText);
		graphs.setWeights(55, 45);
		columns.setWeights(42, 58);
		problems = new Label(page, SWT.WRAP);
		problems.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		binding.bind(part, editing, labels::getText, this::refresh);
		refresh();
	}

	/** Shows the indicator as it is now. */
	void refresh() {
		if (header.isDisposed()) {
			return;
		}
		String region = indicator.getRegion() == null ? "" : labels.getText(indicator.getRegion()); //$NON-NLS-1$
		header.setText(NLS.bind(Messages.header, new Object[] { labels.getText(indicator), indicator.getUnit(), indicator.getMethod(), region }));
		targets.show(indicator.getTargets());
		measurements.show(indicator.getMeasurements());
		charts.draw(chart, indicator, labels.getText(indicator));
		regions.show(indicator);
		List<Object> unconverted = IndicatorSeries.of(indicator).unconverted();
		if (!unconverted.isEmpty()) {
			problem(NLS.bind(Messages.unconverted, unconverted.size(), indicator.getUnit()));
		}
		header.getParent().layout(true, true);
	}

	private void problem(String text) {
		if (!problems.isDisposed()) {
			problems.setText(text);
			problems.getParent().layout();
		}
	}

	private void failed(ContributionFailure failure) {
		problem(NLS.bind(Messages.calculatorFailed, failure.plugin(), String.valueOf(failure.cause().getMessage())));
	}

	@Override
	public void reveal(EObject element) {
		targets.reveal(element);
		measurements.reveal(element);
	}

	@Persist
	void save() throws IOException {
		binding.save();
	}

	@PreDestroy
	void dispose() {
		binding.dispose();
	}

	Indicator indicator() {
		return indicator;
	}

	FigurePanel targets() {
		return targets;
	}

	FigurePanel measurements() {
		return measurements;
	}

	LineChart chart() {
		return chart;
	}

	RegionsSideBySide regions() {
		return regions;
	}

	String problems() {
		return problems.getText();
	}
}
