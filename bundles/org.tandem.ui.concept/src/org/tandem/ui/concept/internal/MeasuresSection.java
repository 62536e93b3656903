package org.tandem.ui.concept.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.tandem.model.api.Concept;
import org.tandem.model.api.Measure;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.concept.internal.text.MultilingualText;

/**
 * The proposed measures of a concept, each with its name and description in several languages; a
 * measure is added at the end and removed by its own button, both undoable.
 */
final class MeasuresSection {

	/** The widgets of one measure. */
	record Block(Composite control, Label number, Button remove, MultilingualText name, MultilingualText description) {
	}

	private final Concept concept;
	private final ModelEditing editing;
	private final FieldSet fields;
	private final Composite list;
	private final Button add;
	private final Map<Measure, Block> blocks = new LinkedHashMap<>();

	MeasuresSection(Composite parent, Concept concept, ModelEditing editing, FieldSet fields, Runnable comment) {
		this.concept = concept;
		this.editing = editing;
		this.fields = fields;
		Composite header = Sections.header(parent, TandemPackage.Literals.CONCEPT__MEASURES.getName(), comment);
		((GridLayout) header.getLayout()).numColumns++;
		add = new Button(header, SWT.PUSH);
		add.setText(Messages.measure_add);
		add.addListener(SWT.Selection, e -> add());
		list = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(list);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
		refresh();
	}

	/** Adds a new, empty measure and puts the cursor into its name. */
	Measure add() {
		fields.commit();
		Measure measure = TandemFactory.eINSTANCE.createMeasure();
		if (editing.execute(concept, MeasureCommands.add(concept, measure))) {
			refresh();
			Block block = blocks.get(measure);
			block.name().getText(fields.languages().get(0)).setFocus();
		}
		return measure;
	}

	void remove(Measure measure) {
		fields.commit();
		editing.execute(concept, MeasureCommands.remove(concept, measure));
		refresh();
	}

	/** Shows the concept's measures again: rebuilt when measures came or went, else their texts refreshed. */
	void refresh() {
		if (new ArrayList<>(blocks.keySet()).equals(concept.getMeasures())) {
			return;
		}
		blocks.values().forEach(block -> block.control().dispose());
		blocks.clear();
		for (Measure measure : concept.getMeasures()) {
			blocks.put(measure, block(measure));
		}
		list.getParent().layout(true, true);
	}

	private Block block(Measure measure) {
		Composite control = new Composite(list, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(control);
		GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(control);
		Label number = new Label(control, SWT.NONE);
		number.setText(NLS.bind(Messages.measure_number, concept.getMeasures().indexOf(measure) + 1));
		number.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(number);
		Button remove = new Button(control, SWT.PUSH);
		remove.setText(Messages.measure_remove);
		remove.addListener(SWT.Selection, e -> remove(measure));
		caption(control, Messages.measure_name);
		MultilingualText name = fields.create(control, measure, TandemPackage.Literals.MEASURE__NAME, Messages.measure_name);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(0, SWT.DEFAULT).applyTo(name.getControl());
		caption(control, Messages.measure_description);
		MultilingualText description = fields.create(control, measure, TandemPackage.Literals.MEASURE__DESCRIPTION, Messages.measure_description);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(0, SWT.DEFAULT).applyTo(description.getControl());
		return new Block(control, number, remove, name, description);
	}

	private static void caption(Composite parent, String text) {
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(caption);
	}

	/** The widgets of {@code measure}, if it is shown. */
	Optional<Block> blockOf(Measure measure) {
		return Optional.ofNullable(blocks.get(measure));
	}

	Button addButton() {
		return add;
	}

	/** The measures shown, in order. */
	List<Measure> shown() {
		return List.copyOf(blocks.keySet());
	}
}
