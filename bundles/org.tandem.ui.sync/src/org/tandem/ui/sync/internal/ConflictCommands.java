package org.tandem.ui.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Identified;
import org.tandem.sync.api.merge.Conflict;
import org.tandem.sync.api.merge.ConflictKind;
import org.tandem.ui.api.editing.DeleteElements;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * The commands that decide a conflict in the workspace's model, each one undoable step through
 * {@link ModelEditing}: take their value of a feature (or one language of a text), set a value
 * typed by a person, or delete the element as their side did. Keeping mine changes nothing: the
 * merged model already holds our values.
 */
final class ConflictCommands {

	private final ModelEditing editing;

	ConflictCommands(ModelEditing editing) {
		this.editing = editing;
	}

	/** Whether their side's choice can be applied as a command (a feature's value, or their delete). */
	static boolean canTakeTheirs(Conflict conflict) {
		return !conflict.featureName().isEmpty() && conflict.kind() == ConflictKind.CHANGED_BOTH
				|| conflict.kind() == ConflictKind.CHANGED_HERE_DELETED_THERE;
	}

	/** Whether a person can type the value (an attribute or one language of a text). */
	boolean canEdit(Conflict conflict) {
		return element(conflict).map(e -> feature(e, conflict)).filter(f -> f instanceof EAttribute a && !a.isMany()
				|| !conflict.language().isEmpty()).isPresent();
	}

	/** Applies their side of {@code conflict}, given their version of the file; false when the element is gone. */
	boolean takeTheirs(Conflict conflict, byte[] theirFile, Path scratch) throws IOException {
		Optional<EObject> mine = element(conflict);
		if (mine.isEmpty()) {
			return false;
		}
		EObject element = mine.get();
		if (conflict.kind() == ConflictKind.CHANGED_HERE_DELETED_THERE) {
			EditingDomain domain = editing.domainFor(element).orElseThrow();
			return editing.execute(element, DeleteElements.create(domain, List.of(element)));
		}
		EObject theirs = theirElement(conflict, theirFile, scratch);
		EStructuralFeature feature = feature(element, conflict);
		if (theirs == null || feature == null) {
			return false;
		}
		if (!conflict.language().isEmpty()) {
			return editing.execute(element, TextCommands.setText(element, (EReference) feature, conflict.language(),
					TextCommands.text(theirs, (EReference) feature, conflict.language())));
		}
		Object value = theirs.eGet(feature);
		if (feature instanceof EReference reference && !reference.isContainment()) {
			value = inWorkspace(value);
		}
		return editing.execute(element, SetCommand.create(editing.domainFor(element).orElseThrow(), element, feature, value));
	}

	/**
	 * Sets the value a person typed; throws {@link IllegalArgumentException} with a message for
	 * people when it is no value of the feature.
	 */
	boolean set(Conflict conflict, String typed) {
		EObject element = element(conflict).orElseThrow();
		EStructuralFeature feature = feature(element, conflict);
		if (!conflict.language().isEmpty()) {
			return editing.execute(element, TextCommands.setText(element, (EReference) feature, conflict.language(), typed));
		}
		EAttribute attribute = (EAttribute) feature;
		Object value;
		try {
			value = typed.isBlank() && !attribute.getEAttributeType().getInstanceClass().isPrimitive() ? null
					: EcoreUtil.createFromString(attribute.getEAttributeType(), typed.strip());
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.card_badValue, conflict.feature(), typed), e);
		}
		return editing.execute(element, SetCommand.create(editing.domainFor(element).orElseThrow(), element, feature, value));
	}

	/** The conflict's element in the workspace. */
	Optional<EObject> element(Conflict conflict) {
		return WorkspaceReload.find(editing.workspace(), conflict.elementId());
	}

	private static EStructuralFeature feature(EObject element, Conflict conflict) {
		return conflict.featureName().isEmpty() ? null : element.eClass().getEStructuralFeature(conflict.featureName());
	}

	private static EObject theirElement(Conflict conflict, byte[] file, Path scratch) throws IOException {
		Files.createDirectories(scratch);
		Path copy = Files.createTempFile(scratch, "theirs", ".tandem"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(copy, file);
			XMLResource resource = new ModelFiles().load(ModelWorkspace.newResourceSet(), copy);
			return resource.getEObject(conflict.elementId());
		} finally {
			Files.deleteIfExists(copy);
		}
	}

	/** Their referenced elements, as the workspace's elements of the same ids (those it no longer has left out). */
	private Object inWorkspace(Object value) {
		if (value instanceof List<?> list) {
			List<Object> mapped = new ArrayList<>();
			for (Object item : list) {
				Object found = inWorkspace(item);
				if (found != null) {
					mapped.add(found);
				}
			}
			return mapped;
		}
		if (!(value instanceof EObject referenced)) {
			return null;
		}
		String id = referenced.eIsProxy() ? EcoreUtil.getURI(referenced).fragment()
				: referenced instanceof Identified identified ? identified.getId() : null;
		return id == null ? null : WorkspaceReload.find(editing.workspace(), id).orElse(null);
	}
}
