package org.tandem.ui.internal.properties;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * Where the rows send their edits: each one an undoable command on the element's model file, through
 * {@link ModelEditing}; an edit that cannot be made is reported, naming the field.
 */
final class PropertyEdits {

	private final ModelEditing editing;
	private final Consumer<String> problems;

	/** @param problems shows a message to the reader; {@code null} clears it */
	PropertyEdits(ModelEditing editing, Consumer<String> problems) {
		this.editing = editing;
		this.problems = problems;
	}

	/** Sets {@code feature} of {@code owner} to {@code value}, unless it has that value already. */
	boolean set(EObject owner, EStructuralFeature feature, Object value, String field) {
		if (Objects.equals(owner.eGet(feature), value)) {
			problems.accept(null);
			return true;
		}
		return execute(owner, editing.domainFor(owner).map(domain -> SetCommand.create(domain, owner, feature, value)).orElse(null), field);
	}

	/** Runs {@code command} on {@code owner}'s model file. */
	boolean execute(EObject owner, Command command, String field) {
		if (command != null && editing.execute(owner, command)) {
			problems.accept(null);
			return true;
		}
		reject(NLS.bind(Messages.properties_notApplied, field));
		return false;
	}

	/** Reports input that was not applied. */
	void reject(String message) {
		problems.accept(message);
	}
}
