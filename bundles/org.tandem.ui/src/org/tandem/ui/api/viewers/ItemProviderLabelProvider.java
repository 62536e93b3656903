package org.tandem.ui.api.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons of EMF objects as their item providers give them; a resource shows its file name.
 *
 * @since 0.1
 */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapters;
	private final ItemImages images;

	public ItemProviderLabelProvider(AdapterFactory adapters, ItemImages images) {
		this.adapters = adapters;
		this.images = images;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof Resource resource) {
			return resource.getURI() == null ? "" : resource.getURI().lastSegment(); //$NON-NLS-1$
		}
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? null : images.get(provider.getImage(element));
	}

	private IItemLabelProvider labelProvider(Object element) {
		return (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
	}
}
