package org.tandem.ui.indicators.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.indicators.ScenarioOutcome;

/** The scenario comparison as a table: a row per scenario, whether and when it reaches the target, its value in the target year, its cost. */
final class OutcomeTable {

	private final TableViewer viewer;
	private final Function<EObject, String> labels;
	private final TableViewerColumn valueColumn;
	private int targetYear;
	private int horizon;

	OutcomeTable(Composite parent, Function<EObject, String> labels) {
		this.labels = labels;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.columnScenario, 300, this::name);
		column(Messages.columnReached, 150, this::reached);
		column(Messages.columnInTime, 120, o -> o.inTime() ? Messages.yes : Messages.no);
		valueColumn = column("", 120, o -> o.projection().containsKey(targetYear) ? Figures.number(o.projection().get(targetYear)) : ""); //$NON-NLS-1$ //$NON-NLS-2$
		column(Messages.columnCost, 220, OutcomeTable::cost);
	}

	private TableViewerColumn column(String header, int width, Function<ScenarioOutcome, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ScenarioOutcome) element);
			}
		});
		return column;
	}

	TableViewer viewer() {
		return viewer;
	}

	void show(List<ScenarioOutcome> outcomes, int targetYear, int horizon) {
		this.targetYear = targetYear;
		this.horizon = horizon;
		valueColumn.getColumn().setText(NLS.bind(Messages.columnTargetYearValue, String.valueOf(targetYear)));
		viewer.setInput(outcomes.toArray());
	}

	String name(ScenarioOutcome outcome) {
		String name = labels.apply(outcome.scenario());
		return outcome.reference() ? NLS.bind(Messages.referenceSuffix, name) : name;
	}

	String reached(ScenarioOutcome outcome) {
		return outcome.reachedIn().isPresent() ? NLS.bind(Messages.reachedIn, String.valueOf(outcome.reachedIn().getAsInt()))
				: NLS.bind(Messages.notReached, String.valueOf(horizon));
	}

	static String cost(ScenarioOutcome outcome) {
		if (outcome.cost().isEmpty()) {
			return Messages.noCost;
		}
		return outcome.cost().entrySet().stream().map(OutcomeTable::amount).collect(Collectors.joining(" + ")); //$NON-NLS-1$
	}

	private static String amount(Map.Entry<String, Double> cost) {
		return Figures.number(cost.getValue()) + " " + cost.getKey(); //$NON-NLS-1$
	}
}
