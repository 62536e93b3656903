package org.tandem.ui.internal.navigator;

import java.util.Locale;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Shows the elements whose label contains the typed text (ignoring case), and the elements on the
 * way to them, so that a match deep in a plan stays reachable.
 */
final class LabelFilter extends ViewerFilter {

	private final ITreeContentProvider content;
	private final ILabelProvider labels;
	private String text = ""; //$NON-NLS-1$

	LabelFilter(ITreeContentProvider content, ILabelProvider labels) {
		this.content = content;
		this.labels = labels;
	}

	/** Sets the text to look for; blank shows everything. */
	void setText(String text) {
		this.text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	boolean isActive() {
		return !text.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return !isActive() || matchesBelow(element);
	}

	private boolean matchesBelow(Object element) {
		if (matches(element)) {
			return true;
		}
		for (Object child : content.getChildren(element)) {
			if (matchesBelow(child)) {
				return true;
			}
		}
		return false;
	}

	boolean matches(Object element) {
		String label = labels.getText(element);
		return label != null && label.toLowerCase(Locale.ROOT).contains(text);
	}
}
