package org.tandem.ui.api.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Translation;

/**
 * Keeps a viewer in step with the model: the item providers' change notifications (from any
 * thread) are gathered and applied on the UI thread in one go, a structural change as a refresh of
 * the element, a label change as a label update.
 *
 * @since 0.1
 */
public final class ViewerRefresher implements INotifyChangedListener {

	private final StructuredViewer viewer;
	private final IChangeNotifier notifier;
	private final Map<Object, Boolean> pending = new LinkedHashMap<>();
	private final List<EObject> followed = new ArrayList<>();
	private final EContentAdapter textEdits = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.getNotifier() instanceof Translation || notification.getNotifier() instanceof LocalizedText) {
				EObject owner = (EObject) notification.getNotifier();
				while (owner instanceof Translation || owner instanceof LocalizedText) {
					owner = owner.eContainer();
				}
				if (owner != null) {
					enqueue(owner, false);
				}
			}
		}
	};
	private boolean scheduled;

	private ViewerRefresher(StructuredViewer viewer, IChangeNotifier notifier) {
		this.viewer = viewer;
		this.notifier = notifier;
	}

	/** Refreshes {@code viewer} whenever {@code notifier} (usually the composed adapter factory) reports a change, until the viewer's control is disposed. */
	public static ViewerRefresher attach(StructuredViewer viewer, IChangeNotifier notifier) {
		ViewerRefresher refresher = new ViewerRefresher(viewer, notifier);
		notifier.addListener(refresher);
		viewer.getControl().addDisposeListener(e -> {
			notifier.removeListener(refresher);
			refresher.follow(List.of());
		});
		return refresher;
	}

	/**
	 * Also updates the label of an element when one of its texts changes in any language: item
	 * providers see only their own element, not the translations inside it.
	 */
	public void follow(Collection<? extends EObject> roots) {
		followed.forEach(root -> root.eAdapters().remove(textEdits));
		followed.clear();
		followed.addAll(roots);
		followed.forEach(root -> root.eAdapters().add(textEdits));
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification change) || change.getElement() == null) {
			return;
		}
		boolean structure = change.isContentRefresh();
		if (structure || change.isLabelUpdate()) {
			enqueue(change.getElement(), structure);
		}
	}

	private void enqueue(Object element, boolean structure) {
		synchronized (pending) {
			pending.merge(element, structure, Boolean::logicalOr);
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
