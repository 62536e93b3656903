package org.tandem.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Translation;

/**
 * The kinds of element that can be made inside an element: EMF.Edit's new child descriptors, each
 * as a command with the item provider's label in the reader's language (texts are not among them:
 * they are properties, not children).
 */
final class NewChildren {

	/** One kind of new child: its label, and the command that makes it; {@code value} the child it would add. */
	record Kind(String label, Object image, Command command, Object value) {
	}

	private NewChildren() {
	}

	static List<Kind> of(EditingDomain domain, EObject owner) {
		List<Kind> kinds = new ArrayList<>();
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			if (descriptor instanceof CommandParameter parameter
					&& (parameter.getValue() instanceof LocalizedText || parameter.getValue() instanceof Translation || isFull(owner, parameter))) {
				continue;
			}
			Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			if (command.canExecute()) {
				CommandActionDelegate delegate = command instanceof CommandActionDelegate d ? d : null;
				kinds.add(new Kind(delegate == null ? command.getLabel() : delegate.getText(), delegate == null ? null : delegate.getImage(),
						command, descriptor instanceof CommandParameter parameter ? parameter.getValue() : null));
			}
		}
		return kinds;
	}

	/** Whether the feature that would hold the new child has as many as it may (a partnership's two regions). */
	private static boolean isFull(EObject owner, CommandParameter parameter) {
		return parameter.getFeature() instanceof EStructuralFeature feature && feature.isMany() && feature.getUpperBound() > 0
				&& ((List<?>) owner.eGet(feature)).size() >= feature.getUpperBound();
	}
}
