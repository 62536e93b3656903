package org.tandem.ui.internal.problems;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem of the workspace: its severity (that of {@link org.eclipse.emf.common.util.Diagnostic}),
 * the message, the element it is about (none for a file that cannot be read) and the file, relative
 * to the workspace folder.
 */
record Problem(int severity, String message, EObject element, String file) {
}
