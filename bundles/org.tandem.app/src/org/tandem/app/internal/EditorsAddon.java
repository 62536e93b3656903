package org.tandem.app.internal;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.tandem.ui.api.editing.ElementEditors;

import jakarta.annotation.PostConstruct;

/**
 * Puts the {@link ElementEditors} into the application context, where the navigator, the problems
 * part and the editors get it to open elements.
 */
public class EditorsAddon {

	@PostConstruct
	void start(IEclipseContext application) {
		application.set(ElementEditors.class, ContextInjectionFactory.make(ElementEditors.class, application));
	}
}
