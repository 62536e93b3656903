package org.tandem.ui.internal.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.persistence.ModelFileException;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Translation;

/** The problems of a workspace: the files it could not read and each finding of the validation. */
final class Problems {

	private Problems() {
	}

	static List<Problem> of(ModelWorkspace workspace, Diagnostic validation) {
		List<Problem> problems = new ArrayList<>();
		for (ModelFileException unreadable : workspace.problems()) {
			problems.add(new Problem(Diagnostic.ERROR, unreadable.getMessage(), null, relative(workspace, unreadable.file().toString())));
		}
		collect(workspace, validation, problems);
		return problems;
	}

	private static void collect(ModelWorkspace workspace, Diagnostic diagnostic, List<Problem> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				EObject element = owner(diagnostic.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast).findFirst()
						.orElse(null));
				problems.add(new Problem(diagnostic.getSeverity(), diagnostic.getMessage(), element, fileOf(workspace, element)));
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(workspace, child, problems));
	}

	/** The element a text or a translation belongs to (what a person opens), else the element itself. */
	static EObject owner(EObject element) {
		EObject owner = element;
		while (owner instanceof LocalizedText || owner instanceof Translation) {
			owner = owner.eContainer();
		}
		return owner == null ? element : owner;
	}

	private static String fileOf(ModelWorkspace workspace, EObject element) {
		if (element == null || element.eResource() == null) {
			return ""; //$NON-NLS-1$
		}
		return workspace.fileOf(element.eResource()).map(path -> relative(workspace, path.toString()))
				.orElse(element.eResource().getURI().lastSegment());
	}

	private static String relative(ModelWorkspace workspace, String file) {
		java.nio.file.Path path = java.nio.file.Path.of(file);
		return path.startsWith(workspace.folder()) ? workspace.folder().relativize(path).toString() : file;
	}
}
