package org.tandem.ui.viewers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps a viewer in step with the model: the item providers' change notifications (from any
 * thread) are gathered and applied on the UI thread in one go, a structural change as a refresh of
 * the element, a label change as a label update.
 */
public final class ViewerRefresher implements INotifyChangedListener {

	private final StructuredViewer viewer;
	private final IChangeNotifier notifier;
	private final Map<Object, Boolean> pending = new LinkedHashMap<>();
	private boolean scheduled;

	private ViewerRefresher(StructuredViewer viewer, IChangeNotifier notifier) {
		this.viewer = viewer;
		this.notifier = notifier;
	}

	/** Refreshes {@code viewer} whenever {@code notifier} (usually the composed adapter factory) reports a change, until the viewer's control is disposed. */
	public static ViewerRefresher attach(StructuredViewer viewer, IChangeNotifier notifier) {
		ViewerRefresher refresher = new ViewerRefresher(viewer, notifier);
		notifier.addListener(refresher);
		viewer.getControl().addDisposeListener(e -> notifier.removeListener(refresher));
		return refresher;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification change) || change.getElement() == null) {
			return;
		}
		boolean structure = change.isContentRefresh();
		boolean labels = change.isLabelUpdate();
		if (!structure && !labels) {
			return;
		}
		synchronized (pending) {
			pending.merge(change.getElement(), structure, Boolean::logicalOr);
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		Display display = viewer.getControl().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(this::apply);
		}
	}

	/** Applies what was gathered; runs on the UI thread. */
	void apply() {
		Map<Object, Boolean> changes;
		synchronized (pending) {
			changes = new LinkedHashMap<>(pending);
			pending.clear();
			scheduled = false;
		}
		if (viewer.getControl().isDisposed()) {
			return;
		}
		changes.forEach((element, structure) -> {
			if (structure) {
				viewer.refresh(element, true);
			} else {
				viewer.update(element, null);
			}
		});
	}
}
