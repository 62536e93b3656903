package org.tandem.ui.api.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Deletes elements with everything they contain and every reference to them, as one undoable
 * command (EMF's {@link DeleteCommand}). References from other model files are removed too; those
 * files are marked modified, so that they count as unsaved. The command's result is the deleted
 * elements (what Cut puts on the clipboard).
 *
 * @since 0.1
 */
public final class DeleteElements extends CommandWrapper {

	private final List<EObject> elements;
	private final Set<Resource> others;

	private DeleteElements(Command delete, List<EObject> elements, Set<Resource> others) {
		super(delete);
		this.elements = elements;
		this.others = others;
	}

	/** The command that deletes {@code elements}, all of one model file, in {@code domain}. */
	public static Command create(EditingDomain domain, Collection<? extends EObject> elements) {
		List<EObject> deleted = List.copyOf(elements);
		return new DeleteElements(DeleteCommand.create(domain, deleted), deleted, referringFiles(domain, deleted));
	}

	/** The model files, other than the deleted elements' own, that refer to them or to what they contain. */
	private static Set<Resource> referringFiles(EditingDomain domain, List<EObject> elements) {
		List<EObject> all = new ArrayList<>(elements);
		elements.forEach(element -> element.eAllContents().forEachRemaining(all::add));
		Set<Resource> own = new LinkedHashSet<>();
		elements.forEach(element -> own.add(element.eResource()));
		Set<Resource> others = new LinkedHashSet<>();
		for (Collection<EStructuralFeature.Setting> settings : EcoreUtil.UsageCrossReferencer.findAll(all, domain.getResourceSet()).values()) {
			for (EStructuralFeature.Setting setting : settings) {
				Resource resource = setting.getEObject().eResource();
				if (resource != null && !own.contains(resource)) {
					others.add(resource);
				}
			}
		}
		return others;
	}

	/** How many elements the deletion takes with it, besides {@code elements} themselves (their texts not counted). */
	public static int contained(Collection<? extends EObject> elements) {
		int count = 0;
		for (EObject element : elements) {
			for (var contents = element.eAllContents(); contents.hasNext();) {
				EObject content = contents.next();
				if (content.eClass().getEIDAttribute() != null) {
					count++;
				} else {
					contents.prune();
				}
			}
		}
		return count;
	}

	@Override
	public void execute() {
		super.execute();
		touchOthers();
	}

	@Override
	public void undo() {
		super.undo();
		touchOthers();
	}

	@Override
	public void redo() {
		super.redo();
		touchOthers();
	}

	private void touchOthers() {
		others.forEach(resource -> resource.setModified(true));
	}

	@Override
	public Collection<?> getResult() {
		return elements;
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return elements;
	}
}
