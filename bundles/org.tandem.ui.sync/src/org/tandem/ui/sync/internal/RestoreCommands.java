package org.tandem.ui.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.model.api.Identified;
import org.tandem.ui.api.editing.DeleteElements;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * Restores an element, or a whole model file, as an earlier version had it: one command through
 * {@link ModelEditing}, so one undo takes it back. An element that did not exist then is deleted;
 * one that is gone now comes back into its former holder. What other files refer to and the
 * restored file no longer has is deleted with those references.
 */
final class RestoreCommands {

	private final ModelEditing editing;

	RestoreCommands(ModelEditing editing) {
		this.editing = editing;
	}

	/**
	 * Makes the element {@code id} as it was in {@code old} (a version of its file); throws
	 * {@link IllegalStateException} with a message for people when that cannot be done.
	 */
	void element(String id, Resource old) {
		Optional<EObject> now = WorkspaceReload.find(editing.workspace(), id);
		EObject then = old.getEObject(id);
		if (now.isPresent() && then == null) {
			EObject element = now.get();
			run(element, DeleteElements.create(editing.domainFor(element).orElseThrow(), List.of(element)));
		} else if (now.isPresent()) {
			EObject element = now.get();
			run(element, new ChangeCommand(element.eResource()) {
				@Override
				protected void doExecute() {
					restore(element.eResource()).element((Identified) element, (Identified) then);
				}
			});
		} else if (then != null && then.eContainer() instanceof Identified formerHolder) {
			EObject holder = WorkspaceReload.find(editing.workspace(), formerHolder.getId())
					.orElseThrow(() -> new IllegalStateException(Messages.history_holderGone));
			run(holder, new ChangeCommand(holder.eResource()) {
				@Override
				protected void doExecute() {
					restore(holder.eResource()).readd((Identified) holder, (Identified) then);
				}
			});
		} else {
			throw new IllegalStateException(Messages.history_nothingToRestore);
		}
	}

	/** Makes the model file {@code path} (relative to the workspace) as {@code old}, a version of it. */
	void file(String path, Resource old) {
		XMLResource model = model(path).orElseThrow(() -> new IllegalStateException(NLS.bind(Messages.history_fileGone, path)));
		if (old.getContents().isEmpty() || model.getContents().isEmpty()) {
			throw new IllegalStateException(NLS.bind(Messages.history_fileGone, path));
		}
		Identified root = (Identified) model.getContents().get(0);
		Identified then = (Identified) old.getContents().get(0);
		CompoundCommand restore = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL);
		List<EObject> gone = notIn(root, old);
		if (!gone.isEmpty()) {
			// deleted first, with every reference to them from other files, so that none dangles
			restore.append(DeleteElements.create(editing.domainFor(root).orElseThrow(), gone));
		}
		restore.append(new ChangeCommand(model) {
			@Override
			protected void doExecute() {
				restore(model).file(root, then);
			}
		});
		run(root, restore);
	}

	/** The outermost elements below {@code root} that {@code old} does not have. */
	private static List<EObject> notIn(EObject root, Resource old) {
		List<EObject> gone = new ArrayList<>();
		for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Identified identified && old.getEObject(identified.getId()) == null) {
				gone.add(element);
				all.prune();
			}
		}
		return gone;
	}

	/** The workspace's model file at {@code path}, if it has one. */
	Optional<XMLResource> model(String path) {
		java.nio.file.Path file = editing.workspace().folder().resolve(path).toAbsolutePath().normalize();
		return editing.workspace().models().stream().filter(m -> m.getURI().equals(ModelFiles.uriOf(file))).findFirst();
	}

	private ElementRestore restore(Resource resource) {
		return new ElementRestore(resource, id -> WorkspaceReload.find(editing.workspace(), id).orElse(null));
	}

	private void run(EObject element, Command command) {
		if (!editing.execute(element, command)) {
			throw new IllegalStateException(Messages.history_nothingToRestore);
		}
	}
}
