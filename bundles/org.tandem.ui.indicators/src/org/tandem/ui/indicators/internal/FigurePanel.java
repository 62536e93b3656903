package org.tandem.ui.indicators.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Measurement;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage.Literals;
import org.tandem.model.api.Target;
import org.tandem.ui.api.editing.ModelEditing;

/** A titled table of an indicator's targets or measurements with Add and Remove (and, for measurements, Import…). */
final class FigurePanel {

	private final Indicator indicator;
	private final ModelEditing editing;
	private final EReference feature;
	private final FigureTable table;
	private final Composite buttons;

	private FigurePanel(Composite parent, String title, Indicator indicator, ModelEditing editing, EReference feature, List<FigureColumn> columns,
			Consumer<String> problems, String addLabel, Supplier<EObject> newFigure) {
		this.indicator = indicator;
		this.editing = editing;
		this.feature = feature;
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(1, false));
		table = new FigureTable(group, editing, columns, problems);
		table.viewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		buttons = new Composite(group, SWT.NONE);
		buttons.setLayout(new RowLayout());
		button(Messages.add, () -> add(addLabel, newFigure.get()));
		button(Messages.remove, this::removeSelected);
	}

	static FigurePanel targets(Composite parent, Indicator indicator, ModelEditing editing, Consumer<String> problems) {
		return new FigurePanel(parent, Messages.targets, indicator, editing, Literals.INDICATOR__TARGETS, Figures.targetColumns(indicator), problems,
				Messages.addTarget, () -> newTarget(indicator));
	}

	static FigurePanel measurements(Composite parent, Indicator indicator, ModelEditing editing, Consumer<String> problems) {
		FigurePanel panel = new FigurePanel(parent, Messages.measurements, indicator, editing, Literals.INDICATOR__MEASUREMENTS,
				Figures.measurementColumns(indicator), problems, Messages.addMeasurement, () -> newMeasurement(indicator));
		panel.button(Messages.importMeasurements, panel::openImport);
		return panel;
	}

	private Button button(String label, Runnable action) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	FigureTable table() {
		return table;
	}

	void show(List<? extends EObject> figures) {
		table.show(figures);
	}

	void reveal(EObject element) {
		if (element.eContainer() == indicator && element.eContainingFeature() == feature) {
			table.viewer().setSelection(new StructuredSelection(element), true);
		}
	}

	/** Adds {@code figure} as one undoable command. */
	void add(String label, EObject figure) {
		editing.domainFor(indicator).ifPresent(domain -> {
			Command command = new CommandWrapper(label, label, AddCommand.create(domain, indicator, feature, figure));
			if (editing.execute(indicator, command)) {
				table.viewer().setSelection(new StructuredSelection(figure), true);
			}
		});
	}

	/** Removes the selected figures as one undoable command. */
	void removeSelected() {
		List<?> selected = table.viewer().getStructuredSelection().toList();
		if (selected.isEmpty()) {
			return;
		}
		editing.domainFor(indicator).ifPresent(domain -> {
			String label = NLS.bind(Messages.removeFigures, selected.size());
			editing.execute(indicator, new CommandWrapper(label, label, RemoveCommand.create(domain, indicator, feature, selected)));
		});
	}

	private void openImport() {
		new WizardDialog(buttons.getShell(), new ImportWizard(indicator, editing)).open();
	}

	private static Target newTarget(Indicator indicator) {
		Target target = TandemFactory.eINSTANCE.createTarget();
		int last = indicator.getTargets().stream().mapToInt(Target::getYear).max().orElse(indicator.getBaselineYear());
		target.setYear(last + 1);
		target.setValue(indicator.getBaselineValue());
		target.setUnit(indicator.getUnit());
		return target;
	}

	private static Measurement newMeasurement(Indicator indicator) {
		Measurement measurement = TandemFactory.eINSTANCE.createMeasurement();
		int last = indicator.getMeasurements().stream().filter(m -> m.getDate() != null).mapToInt(m -> m.getDate().getYear()).max()
				.orElse(indicator.getBaselineYear());
		measurement.setDate(java.time.LocalDate.of(last + 1, 12, 31));
		measurement.setValue(indicator.getBaselineValue());
		measurement.setUnit(indicator.getUnit());
		measurement.setMethod(indicator.getMethod());
		measurement.setSource(indicator.getSource());
		return measurement;
	}
}
