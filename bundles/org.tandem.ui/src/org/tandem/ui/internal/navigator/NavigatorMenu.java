package org.tandem.ui.internal.navigator;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Control;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.core.internal.domains.Domain;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.edit.spi.TandemEditPlugin;
import org.tandem.ui.api.editing.ElementClipboard;

/**
 * The navigator's context menu: New (the kinds of child the selected element can hold), Open,
 * Cut, Copy, Paste, Rename and Delete, each enabled only where it applies; a new task group is
 * chosen by its domain, and a task group offers a new implementation plan (a file of its own).
 */
final class NavigatorMenu {

	/** The id of New &gt; Implementation Plan. */
	static final String NEW_PLAN = "new.plan"; //$NON-NLS-1$

	private final NavigatorPart navigator;

	private NavigatorMenu(NavigatorPart navigator) {
		this.navigator = navigator;
	}

	/** Gives the navigator's tree its context menu, filled afresh each time it opens. */
	static MenuManager install(NavigatorPart navigator, Control tree) {
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		NavigatorMenu menu = new NavigatorMenu(navigator);
		manager.addMenuListener(menu::fill);
		tree.setMenu(manager.createContextMenu(tree));
		tree.addDisposeListener(e -> manager.dispose());
		return manager;
	}

	void fill(IMenuManager menu) {
		List<EObject> selected = navigator.selected();
		EObject first = selected.isEmpty() ? null : selected.get(0);
		boolean editable = navigator.editing() != null;
		MenuManager newChild = new MenuManager(Messages.navigator_new, "new"); //$NON-NLS-1$
		if (editable && selected.size() == 1) {
			navigator.editing().domainFor(first).ifPresent(domain -> NewChildren.of(domain, first).forEach(kind -> {
				List<Domain> domains = navigator.domains();
				if (kind.value() instanceof TaskGroup && first instanceof Partnership partnership && !domains.isEmpty()) {
					newChild.add(DomainMenu.of(kind, partnership, domain, domains, navigator));
					return;
				}
				Action action = action(kind.label(), () -> navigator.create(first, kind.command()), true);
				action.setImageDescriptor(navigator.imageDescriptor(kind.image()));
				newChild.add(action);
			}));
			if (first instanceof TaskGroup group) {
				newChild.add(new Separator());
				newChild.add(newPlan(group));
			}
		}
		menu.add(newChild);
		menu.add(action(Messages.navigator_open, () -> navigator.open(first), selected.size() == 1 && navigator.canOpen(first)));
		menu.add(new Separator());
		ElementClipboard clipboard = editable ? new ElementClipboard(navigator.editing()) : null;
		menu.add(action(Messages.navigator_cut, () -> clipboard.cut(selected), clipboard != null && clipboard.canCut(selected)));
		menu.add(action(Messages.navigator_copy, () -> clipboard.copy(selected), clipboard != null && clipboard.canCopy(selected)));
		menu.add(action(Messages.navigator_paste, () -> navigator.show(clipboard.paste(first)),
				clipboard != null && selected.size() == 1 && clipboard.canPaste(first)));
		menu.add(new Separator());
		menu.add(action(Messages.navigator_rename, () -> navigator.startRename(first),
				editable && selected.size() == 1 && TextCommands.nameOf(first).isPresent()));
		menu.add(action(Messages.navigator_delete, navigator::delete,
				editable && (Deletion.canDelete(selected) || PlanFileDeletion.applies(selected))));
	}

	/** New &gt; Implementation Plan: a plan file of its own for the group. */
	private Action newPlan(TaskGroup group) {
		Action action = action(TandemEditPlugin.INSTANCE.getString("_UI_ImplementationPlan_type"), () -> navigator.newPlan(group), true); //$NON-NLS-1$
		action.setId(NEW_PLAN);
		action.setImageDescriptor(navigator.imageDescriptor(TandemEditPlugin.INSTANCE.getImage("full/obj16/ImplementationPlan"))); //$NON-NLS-1$
		return action;
	}

	private static Action action(String text, Runnable run, boolean enabled) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}
}
