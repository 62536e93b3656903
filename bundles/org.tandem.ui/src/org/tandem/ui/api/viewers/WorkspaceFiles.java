package org.tandem.ui.api.viewers;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Control;
import org.tandem.core.api.workspace.ModelWorkspace;

/**
 * Runs an action on the UI thread when model files come into the workspace or leave it (a new plan,
 * an import, a deleted plan), for a view that lists the workspace's files. A view calls
 * {@link #follow(ModelWorkspace)} when it is given a workspace and {@link #stop()} when it is
 * disposed; the action is not run once {@code control} is disposed.
 *
 * @since 0.1
 */
public final class WorkspaceFiles {

	private final Adapter listener;
	private ModelWorkspace workspace;

	/** Runs {@code action} for {@code control}'s view after each file that comes or goes. */
	public WorkspaceFiles(Control control, Runnable action) {
		listener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES && !control.isDisposed()) {
					control.getDisplay().asyncExec(() -> {
						if (!control.isDisposed()) {
							action.run();
						}
					});
				}
			}
		};
	}

	/** Watches {@code workspace}'s files from now on, and no more the previous workspace's; null stops watching. */
	public void follow(ModelWorkspace workspace) {
		if (this.workspace != null) {
			this.workspace.resources().eAdapters().remove(listener);
		}
		this.workspace = workspace;
		if (workspace != null) {
			workspace.resources().eAdapters().add(listener);
		}
	}

	/** Stops watching. */
	public void stop() {
		follow(null);
	}
}
