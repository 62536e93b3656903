package org.tandem.ui.api.editing;

import java.io.IOException;
import java.util.function.Function;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Keeps an editor's tab in step with its element: the label follows renames, and the dirty marker
 * shows whether the element's model file has unsaved edits. {@link #save()} is what the part's
 * {@code @Persist} method calls (from Save, and from the prompt when a dirty tab is closed).
 *
 * @since 0.1
 */
public final class EditorTab {

	private final MPart part;
	private final ModelEditing editing;
	private final EObject element;
	private final Function<EObject, String> label;
	private final CommandStackListener update = event -> update();

	private EditorTab(MPart part, ModelEditing editing, EObject element, Function<EObject, String> label) {
		this.part = part;
		this.editing = editing;
		this.element = element;
		this.label = label;
	}

	/** Binds the tab of {@code part} to its element; {@link #dispose()} when the part goes. */
	public static EditorTab bind(MPart part, ModelEditing editing, Function<EObject, String> label) {
		EditorTab tab = new EditorTab(part, editing, EditorInput.of(part), label);
		editing.addListener(tab.update);
		tab.update();
		return tab;
	}

	private void update() {
		part.setLabel(label.apply(element));
		part.setTooltip(element.eResource() == null ? null : element.eResource().getURI().lastSegment());
		part.setDirty(element.eResource() != null && editing.isDirty(element.eResource()));
	}

	/** Saves the element's model file, atomically. */
	public void save() throws IOException {
		if (element.eResource() instanceof XMLResource model) {
			editing.save(model);
		}
	}

	public void dispose() {
		editing.removeListener(update);
	}
}
