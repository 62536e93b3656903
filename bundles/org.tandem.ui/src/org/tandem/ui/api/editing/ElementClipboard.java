package org.tandem.ui.api.editing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Control;

/**
 * Cut, copy and paste of model elements through EMF's clipboard commands, on the clipboard that
 * all model files share. Cut deletes like {@link DeleteElements} (references to the elements go
 * too) and is undoable; paste adds copies with new ids to the selected element, or beside it when
 * it cannot hold them, and is undoable; copy changes no model and so is not on any undo stack.
 *
 * @since 0.1
 */
public final class ElementClipboard {

	/**
	 * The key of a control's data under which a viewer of elements offers its {@link Selection}, so
	 * that Edit &gt; Cut, Copy and Paste act on its elements while it has the focus.
	 */
	public static final String SELECTION = "org.tandem.ui.api.editing.ElementClipboard.selection"; //$NON-NLS-1$

	/** What a viewer of elements offers to cut, copy and paste. */
	public interface Selection {

		/** The selected elements. */
		List<EObject> elements();

		/** Selects and shows {@code elements}, which were just pasted. */
		void show(Collection<?> elements);
	}

	private final ModelEditing editing;

	public ElementClipboard(ModelEditing editing) {
		this.editing = editing;
	}

	/** The selection that the focused control offers, if it offers one. */
	public static Optional<Selection> of(Control focus) {
		return focus != null && !focus.isDisposed() && focus.getData(SELECTION) instanceof Selection selection ? Optional.of(selection)
				: Optional.empty();
	}

	/** Elements can be copied when each lies inside another (a file's root is the file). */
	public boolean canCopy(List<EObject> elements) {
		return !elements.isEmpty() && elements.stream().allMatch(e -> e.eContainer() != null && e.eResource() != null);
	}

	public boolean canCut(List<EObject> elements) {
		return canCopy(elements) && elements.stream().allMatch(e -> e.eResource() == elements.get(0).eResource());
	}

	/** Puts copies of {@code elements} on the clipboard. */
	public void copy(List<EObject> elements) {
		if (canCopy(elements)) {
			AdapterFactoryEditingDomain domain = editing.domainFor(elements.get(0)).orElseThrow();
			Command copy = CopyToClipboardCommand.create(domain, elements);
			if (copy.canExecute()) {
				copy.execute();
			}
		}
	}

	/** Deletes {@code elements} and puts them on the clipboard, as one undoable command. */
	public boolean cut(List<EObject> elements) {
		if (!canCut(elements)) {
			return false;
		}
		AdapterFactoryEditingDomain domain = editing.domainFor(elements.get(0)).orElseThrow();
		return editing.execute(elements.get(0), new CutToClipboardCommand(domain, DeleteElements.create(domain, elements)));
	}

	public boolean canPaste(EObject target) {
		return owner(target).isPresent();
	}

	/** Pastes copies of the clipboard, with new ids, into {@code target} (or beside it); returns them. */
	public Collection<?> paste(EObject target) {
		Optional<EObject> owner = owner(target);
		if (owner.isEmpty()) {
			return List.of();
		}
		Command paste = new PasteWithNewIds(editing.domainFor(owner.get()).orElseThrow(), owner.get());
		return editing.execute(owner.get(), paste) ? paste.getResult() : List.of();
	}

	/** Where the clipboard's elements go: into {@code target} if it can hold them, else into its container. */
	private Optional<EObject> owner(EObject target) {
		if (target == null || clipboardEmpty(target)) {
			return Optional.empty();
		}
		if (canHold(target)) {
			return Optional.of(target);
		}
		EObject container = target.eContainer();
		return container != null && canHold(container) ? Optional.of(container) : Optional.empty();
	}

	private boolean clipboardEmpty(EObject target) {
		Collection<Object> clipboard = editing.domainFor(target).map(AdapterFactoryEditingDomain::getClipboard).orElse(null);
		return clipboard == null || clipboard.isEmpty();
	}

	/** Whether {@code owner} can take the clipboard's elements (checked on them, without copying them). */
	private boolean canHold(EObject owner) {
		return editing.domainFor(owner).map(domain -> AddCommand.create(domain, owner, null, domain.getClipboard()).canExecute()).orElse(false);
	}
}
