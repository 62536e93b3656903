package org.tandem.ui.indicators.internal;

import java.io.IOException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.indicators.ScenarioComparison;
import org.tandem.core.api.indicators.ScenarioOutcome;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Scenario;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.ElementEditor;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The scenario comparison, opened on any scenario of a partnership: for the chosen indicator, one
 * projected line per scenario with the target, and a table saying which scenario reaches the
 * target, in which year and at what cost. It follows every edit.
 */
public class ScenarioComparisonPart implements ElementEditor {

	private Scenario opened;
	private Partnership partnership;
	private EditorBinding binding;
	private ItemProviderLabelProvider labels;
	private Combo indicators;
	private Label note;
	private LineChart chart;
	private OutcomeTable table;
	private List<Indicator> shown = List.of();

	@PostConstruct
	void create(Composite parent, MPart part, ModelEditing editing) {
		this.opened = (Scenario) EditorInput.of(part);
		this.partnership = (Partnership) opened.eContainer();
		binding = new EditorBinding(parent);
		labels = binding.labels();
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText(Messages.scenarioIndicator);
		indicators = new Combo(parent, SWT.READ_ONLY);
		indicators.addListener(SWT.Selection, e -> showIndicator());
		note = new Label(parent, SWT.NONE);
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm rows = new SashForm(parent, SWT.VERTICAL);
		rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		chart = new LineChart(rows);
		table = new OutcomeTable(rows, labels::getText);
		rows.setWeights(62, 38);
		binding.bind(part, editing, e -> NLS.bind(Messages.scenarioTab, labels.getText(partnership)), this::refresh);
		refresh();
		int first = shown.stream().filter(i -> !i.getTargets().isEmpty()).findFirst().map(shown::indexOf).orElse(0);
		choose(first);
	}

	/** Lists the partnership's indicators again and shows the chosen one as it is now. */
	void refresh() {
		if (indicators.isDisposed()) {
			return;
		}
		Indicator chosen = chosen();
		shown = List.copyOf(partnership.getIndicators());
		indicators.setItems(shown.stream().map(labels::getText).toArray(String[]::new));
		if (chosen != null && shown.contains(chosen)) {
			indicators.select(shown.indexOf(chosen));
		}
		showIndicator();
	}

	/** Shows the indicator at {@code index} in the partnership's list. */
	void choose(int index) {
		if (index >= 0 && index < shown.size()) {
			indicators.select(index);
			showIndicator();
		}
	}

	private Indicator chosen() {
		int index = indicators.getSelectionIndex();
		return index < 0 || index >= shown.size() ? null : shown.get(index);
	}

	private void showIndicator() {
		Indicator indicator = chosen();
		if (indicator == null) {
			return;
		}
		ScenarioComparison comparison = new ScenarioComparison(indicator);
		List<Scenario> scenarios = List.copyOf(partnership.getScenarios());
		List<ScenarioOutcome> outcomes = comparison.compare(scenarios);
		chart.reset(labels.getText(indicator), indicator.getUnit());
		for (ScenarioOutcome outcome : outcomes) {
			chart.add(table.name(outcome), outcome.projection(), LineChart.Style.LINE);
		}
		SortedMap<Integer, Double> target = new TreeMap<>();
		comparison.targetYear().ifPresent(year -> target.put(year, comparison.targetValue()));
		chart.add(Messages.seriesTargets, target, LineChart.Style.POINTS);
		chart.fit();
		int horizon = comparison.horizon(scenarios);
		table.show(outcomes, comparison.targetYear().orElse(horizon), horizon);
		outcomes.stream().filter(o -> o.scenario() == opened).findFirst().ifPresent(o -> table.viewer().setSelection(new StructuredSelection(o)));
		note.setText(comparison.targetYear().isPresent() ? "" : Messages.noTarget); //$NON-NLS-1$
		note.getParent().layout(true, true);
	}

	@Override
	public void reveal(EObject element) {
		if (element instanceof Indicator indicator) {
			choose(shown.indexOf(indicator));
		}
	}

	@Persist
	void save() throws IOException {
		binding.save();
	}

	@PreDestroy
	void dispose() {
		binding.dispose();
	}

	Combo indicators() {
		return indicators;
	}

	LineChart chart() {
		return chart;
	}

	OutcomeTable table() {
		return table;
	}
}
