package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.tandem.model.edit.spi.TandemEditPlugin;

/** How conflicts name elements, features and values: as the item providers do, in the reader's language. */
final class Labels {

	private final AdapterFactory adapters;
	private final boolean resolve;

	Labels(AdapterFactory adapters) {
		this(adapters, false);
	}

	/** Labels that, when {@code resolve}, name a referenced element in another file by its label there (loading that file). */
	Labels(AdapterFactory adapters, boolean resolve) {
		this.adapters = adapters;
		this.resolve = resolve;
	}

	/** The label of an element; an element in another file by its address. */
	String of(EObject element) {
		if (element == null) {
			return ""; //$NON-NLS-1$
		}
		if (element.eIsProxy()) {
			return EcoreUtil.getURI(element).toString();
		}
		IItemLabelProvider provider = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
		String text = provider == null ? null : provider.getText(element);
		return text == null || text.isBlank() ? string("_UI_" + element.eClass().getName() + "_type", element.eClass().getName()) : text; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The kind of an element as people call it ("Milestone"). */
	String type(EObject element) {
		return string("_UI_" + element.eClass().getName() + "_type", element.eClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The name of a translation state. */
	String state(Enum<?> state) {
		return state == null ? "" : string("_UI_TranslationState_" + state.name() + "_literal", state.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The name of a feature. */
	String feature(EStructuralFeature feature) {
		return string("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", feature.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The name of one language of a text feature. */
	String feature(EStructuralFeature feature, String language) {
		return feature(feature) + " [" + language + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The value of {@code feature} of {@code element} as text: attribute values, or the labels of referenced elements. */
	String value(EObject element, EStructuralFeature feature) {
		if (element == null) {
			return ""; //$NON-NLS-1$
		}
		List<String> parts = new ArrayList<>();
		for (Object value : Features.values(element, feature)) {
			parts.add(feature instanceof EAttribute attribute ? EcoreUtil.convertToString(attribute.getEAttributeType(), value)
					: of(resolve ? EcoreUtil.resolve((EObject) value, element) : (EObject) value));
		}
		return String.join(", ", parts); //$NON-NLS-1$
	}

	private static String string(String key, String fallback) {
		try {
			return TandemEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
