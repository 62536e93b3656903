package org.tandem.ui.internal.navigator;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tandem.ui.api.editing.DeleteElements;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * Delete in the navigator: asks first, naming what goes and how much it contains, then deletes the
 * elements and every reference to them, one undoable command per model file.
 */
final class Deletion {

	private final ModelEditing editing;
	private final Function<Object, String> labels;

	Deletion(ModelEditing editing, Function<Object, String> labels) {
		this.editing = editing;
		this.labels = labels;
	}

	/** Elements can be deleted when each lies inside another: a file's root element is the file. */
	static boolean canDelete(List<EObject> elements) {
		return !elements.isEmpty() && elements.stream().allMatch(e -> e.eContainer() != null && e.eResource() != null);
	}

	/** Asks, then deletes; false when nothing was deleted. */
	boolean confirmAndDelete(Shell shell, List<EObject> elements) {
		if (!canDelete(elements)) {
			return false;
		}
		MessageDialog dialog = new MessageDialog(shell, Messages.navigator_deleteTitle, null, question(elements), MessageDialog.QUESTION, 0,
				Messages.navigator_deleteButton, Messages.navigator_cancel);
		return dialog.open() == 0 && delete(elements);
	}

	/** What the confirmation says: which elements, how many inside them, and that references go. */
	String question(List<EObject> elements) {
		StringBuilder question = new StringBuilder(elements.size() == 1 ? NLS.bind(Messages.navigator_deleteOne, labels.apply(elements.get(0)))
				: NLS.bind(Messages.navigator_deleteMany, elements.size()));
		int contained = DeleteElements.contained(elements);
		if (contained > 0) {
			question.append(' ').append(MessageFormat.format(Messages.navigator_deleteContents, contained));
		}
		return question.append(' ').append(Messages.navigator_deleteReferences).toString();
	}

	boolean delete(List<EObject> elements) {
		Map<Resource, List<EObject>> byFile = new LinkedHashMap<>();
		elements.forEach(e -> byFile.computeIfAbsent(e.eResource(), r -> new java.util.ArrayList<>()).add(e));
		boolean deleted = false;
		for (List<EObject> inFile : byFile.values()) {
			EObject first = inFile.get(0);
			deleted |= editing.domainFor(first).map(domain -> editing.execute(first, DeleteElements.create(domain, inFile))).orElse(false);
		}
		return deleted;
	}
}
