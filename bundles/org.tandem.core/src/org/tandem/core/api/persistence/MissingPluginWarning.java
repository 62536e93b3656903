package org.tandem.core.api.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A warning of a model file: an element whose class comes from a plug-in that is not installed,
 * read as a stand-in (see {@link StandIns}) and kept for the next save. Names the file and the
 * element.
 */
record MissingPluginWarning(URI file, String type, String id, String namespace) implements Resource.Diagnostic {

	@Override
	public String getMessage() {
		return file.lastSegment() + ": element " + type + " (id " + id + ") is kept as it is: no installed plug-in defines " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ namespace;
	}

	@Override
	public String getLocation() {
		return file.toString();
	}

	@Override
	public int getLine() {
		return 0;
	}

	@Override
	public int getColumn() {
		return 0;
	}
}
