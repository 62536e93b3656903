package org.tandem.example.circular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Measure;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The view of the example plug-in: every circular measure of the workspace with the material it
 * recycles and how many tonnes a year. Contributed by {@code fragment.e4xmi} in a part stack of its
 * own below the properties.
 */
public class CircularMeasuresPart {

	private Table table;

	@PostConstruct
	void create(Composite parent, @Optional ModelWorkspace workspace) {
		parent.setLayout(new FillLayout());
		table = new Table(parent, SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		for (String title : new String[] { Messages.column_measure, Messages.column_material, Messages.column_recycled }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(220);
		}
		workspace(workspace);
	}

	/** Lists the circular measures of {@code workspace}, once it is loaded. */
	@Inject
	@Optional
	void workspace(ModelWorkspace workspace) {
		if (table == null || table.isDisposed() || workspace == null) {
			return;
		}
		table.removeAll();
		String language = Locale.getDefault().getLanguage();
		for (EObject measure : circularMeasures(workspace)) {
			TableItem item = new TableItem(table, SWT.NONE);
			Measure named = (Measure) measure;
			item.setText(new String[] { named.getName() == null ? "" : String.valueOf(named.getName().getTextOrOriginal(language)), //$NON-NLS-1$
					String.valueOf(CircularModel.material(measure)), String.format("%,.1f t", CircularModel.recycledTonnes(measure)) }); //$NON-NLS-1$
		}
		if (table.getItemCount() == 0) {
			new TableItem(table, SWT.NONE).setText(Messages.none);
		}
	}

	private static List<EObject> circularMeasures(ModelWorkspace workspace) {
		List<EObject> found = new ArrayList<>();
		for (EObject root : workspace.roots()) {
			root.eAllContents().forEachRemaining(element -> {
				if (CircularModel.isCircular(element)) {
					found.add(element);
				}
			});
		}
		return found;
	}
}
