package org.tandem.ui.api.viewers;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Shows EMF objects in a JFace tree or table through the item providers of an adapter factory:
 * what a model element's item provider calls its children are the viewer's children. A resource
 * set shows its resources, a resource its root elements.
 *
 * @since 0.1
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapters;

	public ItemProviderContentProvider(AdapterFactory adapters) {
		this.adapters = adapters;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof ResourceSet resources) {
			return resources.getResources().toArray();
		}
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		if (input instanceof Collection<?> elements) {
			return elements.toArray();
		}
		IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapters.adapt(input, IStructuredItemContentProvider.class);
		return provider == null ? NONE : provider.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? NONE : provider.getChildren(parent).toArray();
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Resource resource) {
			return !resource.getContents().isEmpty();
		}
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return (ITreeItemContentProvider) adapters.adapt(element, ITreeItemContentProvider.class);
	}
}
