package org.tandem.ui.internal.navigator;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.tandem.ui.editing.ModelEditing;

/**
 * Moving elements by drag and drop inside the navigator: before, after or into another element of
 * the same model file, as EMF's {@link DragAndDropCommand} decides, one undoable command. The
 * dragged elements travel as a {@link LocalSelectionTransfer} (nothing leaves the application).
 */
final class TreeDragAndDrop extends ViewerDropAdapter {

	private static final Transfer[] TRANSFERS = { LocalSelectionTransfer.getTransfer() };

	private final Supplier<ModelEditing> editing;

	private TreeDragAndDrop(TreeViewer tree, Supplier<ModelEditing> editing) {
		super(tree);
		this.editing = editing;
		setFeedbackEnabled(true);
	}

	static void install(TreeViewer tree, Supplier<ModelEditing> editing) {
		tree.addDragSupport(DND.DROP_MOVE, TRANSFERS, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				List<EObject> dragged = elements(tree.getStructuredSelection());
				event.doit = !dragged.isEmpty() && dragged.stream().allMatch(e -> e.eContainer() != null);
				LocalSelectionTransfer.getTransfer().setSelection(event.doit ? tree.getStructuredSelection() : null);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		tree.addDropSupport(DND.DROP_MOVE, TRANSFERS, new TreeDragAndDrop(tree, editing));
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData transferType) {
		return command(target).map(Command::canExecute).orElse(false);
	}

	@Override
	public boolean performDrop(Object data) {
		Object target = getCurrentTarget();
		return command(target).map(command -> editing.get().execute((EObject) target, command)).orElse(false);
	}

	/** The move of the dragged elements to the current place, when they and the target share a file. */
	private java.util.Optional<Command> command(Object target) {
		List<EObject> dragged = elements(LocalSelectionTransfer.getTransfer().getSelection());
		ModelEditing modelEditing = editing.get();
		if (!(target instanceof EObject owner) || modelEditing == null || dragged.isEmpty()
				|| dragged.stream().anyMatch(e -> e.eResource() != owner.eResource() || e == owner || isInside(owner, e))) {
			return java.util.Optional.empty();
		}
		return modelEditing.domainFor(owner)
				.map(domain -> DragAndDropCommand.create(domain, owner, location(), DND.DROP_MOVE, DND.DROP_MOVE, dragged));
	}

	/** Where in the target the pointer is, as EMF measures it: 0 at its top edge, 1 at its bottom. */
	private float location() {
		return switch (getCurrentLocation()) {
		case LOCATION_BEFORE -> 0.1f;
		case LOCATION_AFTER -> 0.9f;
		default -> 0.5f;
		};
	}

	private static boolean isInside(EObject element, EObject container) {
		for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
			if (e == container) {
				return true;
			}
		}
		return false;
	}

	static List<EObject> elements(Object selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return List.of();
		}
		return structured.toList().stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
	}
}
