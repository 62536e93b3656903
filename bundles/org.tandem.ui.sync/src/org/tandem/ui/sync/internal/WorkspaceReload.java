package org.tandem.ui.sync.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.api.workspace.RecoveryArea;
import org.tandem.model.api.Identified;
import org.tandem.ui.api.editing.Autosave;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.ElementEditors;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * Shows what a sync brought into the workspace's files: reads the workspace again, puts the new
 * {@link ModelWorkspace} and {@link ModelEditing} into the application context (the navigator,
 * the properties and problems parts follow), and reopens the open editors on the same elements of
 * the new models. Every file was saved before the sync, so no edit is lost; undo starts afresh.
 */
final class WorkspaceReload {

	private final IEclipseContext application;

	WorkspaceReload(IEclipseContext application) {
		this.application = application;
	}

	/** Reads the workspace in {@code folder}; off the UI thread. */
	static ModelWorkspace read(Path folder) throws IOException {
		return ModelWorkspace.open(folder, new ModelFiles());
	}

	/** Publishes {@code workspace}, read after a sync, in place of the one shown; on the UI thread. */
	void publish(ModelWorkspace workspace) {
		List<String> reopen = closeEditors();
		ModelEditing editing = new ModelEditing(workspace, ItemProviders.create());
		IEventBroker events = application.get(IEventBroker.class);
		Autosave.start(editing, new RecoveryArea(workspace.folder()), Display.getCurrent(), (file, e) -> {
			if (events != null) {
				events.post(SyncRunner.STATUS_TOPIC, NLS.bind(Messages.autosave_failed, file, e.getMessage()));
			}
		});
		application.set(ModelWorkspace.class, workspace);
		application.set(ModelEditing.class, editing);
		ElementEditors editors = application.get(ElementEditors.class);
		if (editors != null) {
			for (String id : reopen) {
				find(workspace, id).ifPresent(editors::open);
			}
		}
	}

	/** Closes the editors of elements and returns the ids of their elements. */
	private List<String> closeEditors() {
		List<String> ids = new ArrayList<>();
		MApplication app = application.get(MApplication.class);
		EModelService models = application.get(EModelService.class);
		EPartService parts = application.get(EPartService.class);
		if (app == null || models == null || parts == null) {
			return ids;
		}
		for (MPart part : models.findElements(app, null, MPart.class, List.of())) {
			if (part.getTransientData().get(EditorInput.ELEMENT) instanceof Identified element) {
				ids.add(element.getId());
				parts.hidePart(part, true);
			}
		}
		return ids;
	}

	static Optional<EObject> find(ModelWorkspace workspace, String id) {
		for (XMLResource model : workspace.models()) {
			EObject found = model.getEObject(id);
			if (found != null) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}
}
