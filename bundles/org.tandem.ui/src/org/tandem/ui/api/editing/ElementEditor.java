package org.tandem.ui.api.editing;

import org.eclipse.emf.ecore.EObject;

/**
 * What an editor part implements so that opening an element inside the element it edits (a task
 * inside a plan, a measure inside a concept) selects and shows that element.
 *
 * @since 0.1
 */
public interface ElementEditor {

	/** Selects {@code element}, which lies inside the edited element, and scrolls it into view. */
	void reveal(EObject element);
}
