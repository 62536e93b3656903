package org.tandem.ui.api.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.tandem.core.api.workspace.ModelWorkspace;

/**
 * The editing of a workspace: one command stack per model file, so that undo in one plan never
 * takes back an edit in another, and saving a file marks its stack as saved. Every change goes
 * through a command here; listeners hear when any stack changes (to update dirty markers and the
 * enablement of undo, redo and save). The files' editing domains share one clipboard, so elements
 * copied in one file can be pasted into another.
 *
 * @since 0.1
 */
public final class ModelEditing {

	/**
	 * The key of a text field's data that, set to {@link Boolean#TRUE}, says that the field applies
	 * what is typed as model edits at once (Enter, leaving it): Edit &gt; Undo and Redo then act on
	 * the model's stack while it has the focus, instead of leaving the keys to the field.
	 */
	public static final String UNDO_IN_MODEL = "org.tandem.ui.editing.undoInModel"; //$NON-NLS-1$

	private final ModelWorkspace workspace;
	private final ComposedAdapterFactory adapters;
	private final Map<Resource, AdapterFactoryEditingDomain> domains = new HashMap<>();
	private final List<CommandStackListener> listeners = new ArrayList<>();
	private final List<Runnable> pendingEdits = new ArrayList<>();
	private CommandStack lastUsed;
	private Collection<Object> clipboard;

	public ModelEditing(ModelWorkspace workspace, ComposedAdapterFactory adapters) {
		this.workspace = workspace;
		this.adapters = adapters;
	}

	public ModelWorkspace workspace() {
		return workspace;
	}

	/** The editing domain of the model file that holds {@code element}. */
	public Optional<AdapterFactoryEditingDomain> domainFor(EObject element) {
		Resource resource = element == null ? null : element.eResource();
		if (resource == null) {
			return Optional.empty();
		}
		return Optional.of(domains.computeIfAbsent(resource, r -> {
			BasicCommandStack stack = new BasicCommandStack();
			stack.addCommandStackListener(event -> {
				lastUsed = stack;
				List.copyOf(listeners).forEach(listener -> listener.commandStackChanged(event));
			});
			return new AdapterFactoryEditingDomain(adapters, stack, workspace.resources()) {
				@Override
				public Collection<Object> getClipboard() {
					return clipboard;
				}

				@Override
				public void setClipboard(Collection<Object> contents) {
					clipboard = contents;
				}
			};
		}));
	}

	/** Runs {@code command} on the stack of {@code element}'s model file; false when it cannot run. */
	public boolean execute(EObject element, Command command) {
		Optional<AdapterFactoryEditingDomain> domain = domainFor(element);
		if (domain.isEmpty() || !command.canExecute()) {
			return false;
		}
		domain.get().getCommandStack().execute(command);
		return true;
	}

	/** The stack that undo and redo act on: that of {@code element}'s model, else the one used last. */
	public Optional<CommandStack> stackFor(EObject element) {
		if (element != null && element.eResource() != null) {
			return domainFor(element).map(AdapterFactoryEditingDomain::getCommandStack);
		}
		return Optional.ofNullable(lastUsed);
	}

	/**
	 * Whether the model file has edits that are not saved: on its own stack, or made by a command
	 * on another file's stack (deleting an element removes references to it from other files,
	 * which marks them {@linkplain Resource#setModified(boolean) modified}).
	 */
	public boolean isDirty(Resource resource) {
		AdapterFactoryEditingDomain domain = domains.get(resource);
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || resource.isModified();
	}

	/**
	 * Registers a field that holds typing not yet turned into a command (it waits for a pause in
	 * the typing); {@link #commitPending()} makes it run that command at once.
	 */
	public void addPendingEdits(Runnable commit) {
		pendingEdits.add(commit);
	}

	public void removePendingEdits(Runnable commit) {
		pendingEdits.remove(commit);
	}

	/** Turns all typing that waits into commands: before a save, and before asking about unsaved edits. */
	public void commitPending() {
		List.copyOf(pendingEdits).forEach(Runnable::run);
	}

	/** The model files with unsaved edits. */
	public List<XMLResource> dirty() {
		return workspace.models().stream().filter(this::isDirty).toList();
	}

	/** Saves a model file atomically and marks its stack as saved. */
	public void save(XMLResource model) throws IOException {
		workspace.save(model);
		AdapterFactoryEditingDomain domain = domains.get(model);
		if (domain != null) {
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		}
		Object source = domain == null ? model : domain.getCommandStack();
		List.copyOf(listeners).forEach(listener -> listener.commandStackChanged(new java.util.EventObject(source)));
	}

	/**
	 * Takes a model file out of the workspace ({@link ModelWorkspace#delete}) with its command
	 * stack, so that undo no longer reaches it; listeners hear of it. Returns the file's backup.
	 */
	public Path delete(XMLResource model) throws IOException {
		Path backup = workspace.delete(model);
		AdapterFactoryEditingDomain domain = domains.remove(model);
		if (domain != null && lastUsed == domain.getCommandStack()) {
			lastUsed = null;
		}
		List.copyOf(listeners).forEach(listener -> listener.commandStackChanged(new java.util.EventObject(model)));
		return backup;
	}

	public void addListener(CommandStackListener listener) {
		listeners.add(listener);
	}

	public void removeListener(CommandStackListener listener) {
		listeners.remove(listener);
	}
}
