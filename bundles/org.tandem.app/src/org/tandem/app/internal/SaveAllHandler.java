package org.tandem.app.internal;

import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.ui.api.editing.ModelEditing;

/** File &gt; Save All: saves every model file with unsaved edits. */
public class SaveAllHandler extends SaveHandler {

	@Override
	List<XMLResource> models(ModelEditing editing, Object selection) {
		return editing == null ? List.of() : editing.dirty();
	}
}
