package org.tandem.ui.internal.navigator;

import java.util.List;
import java.util.Optional;
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
import org.tandem.ui.api.editing.ModelEditing;

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
		return move(editing.get(), target, location(), dragged()).map(Command::canExecute).orElse(false);
	}

	@Override
	public boolean performDrop(Object data) {
		Object target = getCurrentTarget();
		return move(editing.get(), target, location(), dragged()).map(command -> editing.get().execute((EObject) target, command)).orElse(false);
	}

	private static List<EObject> dragged() {
		return elements(LocalSelectionTransfer.getTransfer().getSelection());
	}

	/**
	 * The move of {@code dragged} to {@code location} of {@code target} (0 its top edge, 1 its bottom;
	 * the middle is into it), when they and the target share a model file and none of them holds it.
	 */
	static Optional<Command> move(ModelEditing editing, Object target, float location, List<EObject> dragged) {
		if (!(target instanceof EObject owner) || editing == null || dragged.isEmpty()
				|| dragged.stream().anyMatch(e -> e.eResource() != owner.eResource() || e == owner || isInside(owner, e))) {
			return Optional.empty();
		}
		return editing.domainFor(owner).map(domain -> DragAndDropCommand.create(domain, owner, location, DND.DROP_MOVE, DND.DROP_MOVE, dragged));
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
