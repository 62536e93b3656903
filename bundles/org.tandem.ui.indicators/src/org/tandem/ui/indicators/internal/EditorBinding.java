package org.tandem.ui.indicators.internal;

import java.io.IOException;
import java.util.function.Function;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Control;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.ui.api.editing.EditorTab;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

/**
 * What the indicator editor and the scenario comparison share: labels from EMF.Edit, the tab's
 * label and dirty marker, and a refresh after every edit, all let go of when the part closes.
 */
final class EditorBinding {

	private final ComposedAdapterFactory adapters = ItemProviders.create();
	private final ItemProviderLabelProvider labels;
	private ModelEditing editing;
	private CommandStackListener listener;
	private EditorTab tab;

	EditorBinding(Control parent) {
		labels = new ItemProviderLabelProvider(adapters, new ItemImages(parent));
	}

	ItemProviderLabelProvider labels() {
		return labels;
	}

	/** Binds the tab of {@code part} and calls {@code refresh} after each edit in any model file. */
	void bind(MPart part, ModelEditing editing, Function<EObject, String> tabLabel, Runnable refresh) {
		this.editing = editing;
		this.listener = event -> refresh.run();
		tab = EditorTab.bind(part, editing, tabLabel);
		editing.addListener(listener);
	}

	void save() throws IOException {
		tab.save();
	}

	void dispose() {
		if (editing != null) {
			editing.removeListener(listener);
			tab.dispose();
		}
		adapters.dispose();
	}
}
