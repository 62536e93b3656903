package org.tandem.core.internal.validation;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.tandem.model.edit.spi.TandemEditPlugin;

/** How messages name elements, kinds of element, features and languages: as the item providers do, in the reader's language. */
public final class MessageLabels {

	private final AdapterFactory adapters;

	public MessageLabels(AdapterFactory adapters) {
		this.adapters = adapters;
	}

	/**
	 * The message that the dependencies of {@code plan} go round in {@code cycle}, naming each of its
	 * items in order and the first again at the end.
	 */
	public String dependencyCycle(EObject plan, List<? extends EObject> cycle) {
		StringBuilder path = new StringBuilder();
		for (EObject item : cycle) {
			path.append(of(item)).append(" \u2192 "); //$NON-NLS-1$
		}
		path.append(of(cycle.get(0)));
		return NLS.bind(Messages.dependencyCycle, of(plan), path);
	}

	public String of(EObject element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
		String text = provider == null ? null : provider.getText(element);
		return text == null || text.isBlank() ? kind(element.eClass()) : text;
	}

	String kind(EClass eClass) {
		return string("_UI_" + eClass.getName() + "_type", eClass.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	String feature(EStructuralFeature feature) {
		return string("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", feature.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	String language(String code) {
		return switch (code == null ? "" : code.toLowerCase(Locale.ROOT)) { //$NON-NLS-1$
		case "de" -> Messages.language_de; //$NON-NLS-1$
		case "zh" -> Messages.language_zh; //$NON-NLS-1$
		case "en" -> Messages.language_en; //$NON-NLS-1$
		default -> code;
		};
	}

	private static String string(String key, String fallback) {
		try {
			return TandemEditPlugin.INSTANCE.getString(key);
		} catch (java.util.MissingResourceException e) {
			return fallback;
		}
	}
}
