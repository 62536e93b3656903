package org.tandem.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.tandem.model.api.LocalizedText;

/**
 * Hears every change of one element's own values, and of the texts it holds and their
 * translations (which its item provider does not report), and says so once per burst of changes.
 */
final class ElementWatcher extends AdapterImpl {

	private final Runnable changed;
	private final List<Notifier> watched = new ArrayList<>();

	ElementWatcher(Runnable changed) {
		this.changed = changed;
	}

	/** Watches {@code element} (and its texts) instead of what was watched before; null watches nothing. */
	void watch(EObject element) {
		watched.forEach(notifier -> notifier.eAdapters().remove(this));
		watched.clear();
		if (element == null) {
			return;
		}
		add(element);
		for (EReference reference : element.eClass().getEAllContainments()) {
			if (!reference.isMany() && element.eGet(reference) instanceof LocalizedText text) {
				add(text);
				text.getTranslations().forEach(this::add);
			}
		}
	}

	private void add(Notifier notifier) {
		notifier.eAdapters().add(this);
		watched.add(notifier);
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch()) {
			return;
		}
		if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
			watch((EObject) watched.get(0));
		}
		changed.run();
	}
}
