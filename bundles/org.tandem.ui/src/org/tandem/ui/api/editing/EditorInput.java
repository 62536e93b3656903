package org.tandem.ui.api.editing;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * How editor parts are found and fed. An editor bundle contributes a part descriptor (in its
 * {@code fragment.e4xmi}) tagged {@code tandem.editor:<EClass name>} for each kind of element it
 * edits; {@link ElementEditors} creates the part from it and puts the edited element into the
 * part's transient data under {@link #ELEMENT}, where the editor reads it with {@link #of(MPart)}.
 *
 * @since 0.1
 */
public final class EditorInput {

	/** The stack that editor parts open in. */
	public static final String EDITOR_STACK = "org.tandem.app.partstack.editors"; //$NON-NLS-1$

	/** The key of the edited element in {@link MPart#getTransientData()}. */
	public static final String ELEMENT = "org.tandem.editor.element"; //$NON-NLS-1$

	/** The prefix of a part descriptor's tag that names the class of elements it edits. */
	public static final String TAG_PREFIX = "tandem.editor:"; //$NON-NLS-1$

	private EditorInput() {
	}

	/** The tag that marks a part descriptor as the editor of {@code type}. */
	public static String tagFor(EClass type) {
		return TAG_PREFIX + type.getName();
	}

	/** The element that {@code part} edits; fails when the part was not opened for an element. */
	public static EObject of(MPart part) {
		if (part.getTransientData().get(ELEMENT) instanceof EObject element) {
			return element;
		}
		throw new IllegalStateException("Part " + part.getElementId() + " was opened without an element"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Gives {@code part} the element it edits (before the part is rendered). */
	public static void set(MPart part, EObject element) {
		part.getTransientData().put(ELEMENT, element);
	}
}
