package org.tandem.ui.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.ui.plan.internal.gantt.Zoom;
import org.tandem.ui.plan.internal.model.NewItems;

/**
 * The editor's toolbar: new work package, task and milestone, delete, link (with the kind of
 * link in its drop-down), freezing a baseline, the chart's zoom and the baseline whose dates the chart shows as ghosts.
 */
final class PlanToolbar {

	/** What the toolbar asks the editor to do. */
	interface Handler {
		void add(NewItems.Kind kind);

		void delete();

		void link(DependencyType type);

		void zoom(Zoom zoom);

		void baseline(Baseline baseline);

		void freezeBaseline();
	}

	private final ImplementationPlan plan;
	private final Composite bar;
	private final Combo baselines;
	private final Combo zoom;
	private List<Baseline> listed = List.of();

	PlanToolbar(Composite parent, ImplementationPlan plan, Function<NewItems.Kind, Image> images, Handler handler) {
		this.plan = plan;
		bar = new Composite(parent, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.center = true;
		rows.spacing = 8;
		bar.setLayout(rows);
		ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		item(tools, Messages.action_newWorkPackage, Messages.action_newWorkPackage_tooltip, images.apply(NewItems.Kind.WORK_PACKAGE),
				() -> handler.add(NewItems.Kind.WORK_PACKAGE));
		item(tools, Messages.action_newTask, Messages.action_newTask_tooltip, images.apply(NewItems.Kind.TASK), () -> handler.add(NewItems.Kind.TASK));
		item(tools, Messages.action_newMilestone, Messages.action_newMilestone_tooltip, images.apply(NewItems.Kind.MILESTONE),
				() -> handler.add(NewItems.Kind.MILESTONE));
		new ToolItem(tools, SWT.SEPARATOR);
		item(tools, Messages.action_delete, Messages.action_delete_tooltip, null, handler::delete);
		linkItem(tools, handler);
		new ToolItem(tools, SWT.SEPARATOR);
		item(tools, Messages.action_freeze, Messages.action_freeze_tooltip, null, handler::freezeBaseline);

		zoom = new Combo(labelled(Messages.zoom), SWT.READ_ONLY);
		for (Zoom z : Zoom.values()) {
			zoom.add(z.label());
		}
		zoom.select(Zoom.MONTH.ordinal());
		zoom.addListener(SWT.Selection, event -> handler.zoom(Zoom.values()[zoom.getSelectionIndex()]));

		baselines = new Combo(labelled(Messages.baseline), SWT.READ_ONLY);
		baselines.addListener(SWT.Selection, event -> handler.baseline(selectedBaseline()));
		refreshBaselines();
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(baselines);
	}

	/** A label and room for one control beside it, kept together when the toolbar wraps. */
	private Composite labelled(String label) {
		Composite pair = new Composite(bar, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
		new Label(pair, SWT.NONE).setText(label);
		return pair;
	}

	Composite control() {
		return bar;
	}

	private static ToolItem item(ToolBar tools, String text, String tooltip, Image image, Runnable action) {
		ToolItem item = new ToolItem(tools, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tooltip);
		item.setImage(image);
		item.addListener(SWT.Selection, event -> action.run());
		return item;
	}

	private static void linkItem(ToolBar tools, Handler handler) {
		ToolItem link = new ToolItem(tools, SWT.DROP_DOWN);
		link.setText(Messages.action_link);
		link.setToolTipText(Messages.action_link_tooltip);
		Menu kinds = new Menu(tools.getShell(), SWT.POP_UP);
		tools.addListener(SWT.Dispose, event -> kinds.dispose());
		for (DependencyType type : DependencyType.VALUES) {
			MenuItem kind = new MenuItem(kinds, SWT.PUSH);
			kind.setText(label(type));
			kind.addListener(SWT.Selection, event -> handler.link(type));
		}
		link.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.ARROW) {
				Rectangle bounds = link.getBounds();
				kinds.setLocation(tools.toDisplay(bounds.x, bounds.y + bounds.height));
				kinds.setVisible(true);
			} else {
				handler.link(DependencyType.FINISH_TO_START);
			}
		});
	}

	static String label(DependencyType type) {
		return switch (type) {
			case FINISH_TO_START -> Messages.dependency_finishToStart;
			case START_TO_START -> Messages.dependency_startToStart;
			case FINISH_TO_FINISH -> Messages.dependency_finishToFinish;
			case START_TO_FINISH -> Messages.dependency_startToFinish;
		};
	}

	/** Shows the zoom the chart has. */
	void showZoom(Zoom shown) {
		zoom.select(shown.ordinal());
	}

	/** Lists the plan's baselines again (one may have been added or renamed), keeping the choice. */
	void refreshBaselines() {
		Baseline chosen = selectedBaseline();
		if (listed.equals(plan.getBaselines()) && baselines.getItemCount() == listed.size() + 1) {
			return;
		}
		listed = new ArrayList<>(plan.getBaselines());
		baselines.removeAll();
		baselines.add(Messages.baseline_none);
		for (Baseline baseline : listed) {
			baselines.add(baseline.getName() == null ? String.valueOf(baseline.getDate()) : baseline.getName());
		}
		baselines.select(Math.max(0, listed.indexOf(chosen) + 1));
	}

	/** The baseline chosen, or null for none. */
	Baseline selectedBaseline() {
		int index = baselines == null ? 0 : baselines.getSelectionIndex();
		return index <= 0 || index > listed.size() ? null : listed.get(index - 1);
	}

	/** Chooses a baseline (null: none), as a person would in the list. */
	void chooseBaseline(Baseline baseline) {
		baselines.select(listed.indexOf(baseline) + 1);
	}
}
