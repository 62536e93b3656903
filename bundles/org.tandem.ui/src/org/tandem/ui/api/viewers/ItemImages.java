package org.tandem.ui.api.viewers;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the images that EMF.Edit item providers name (a URL, or a {@link ComposedImage} of several)
 * into SWT images, created once and disposed with the control that shows them.
 *
 * @since 0.1
 */
public final class ItemImages {

	private final ResourceManager images;

	public ItemImages(Control owner) {
		this.images = new LocalResourceManager(org.eclipse.jface.resource.JFaceResources.getResources(), owner);
	}

	/** The SWT image of an item provider's image object, or null when there is none. */
	public Image get(Object image) {
		ImageDescriptor descriptor = descriptor(image);
		return descriptor == null ? null : images.create(descriptor);
	}

	/** The image descriptor of an item provider's image object, or null when there is none. */
	public static ImageDescriptor descriptorOf(Object image) {
		return descriptor(image);
	}

	static ImageDescriptor descriptor(Object image) {
		if (image instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof org.eclipse.emf.common.util.URI uri) {
			// item providers name their class in the fragment (Item.gif#EPackage); the file is the same
			try {
				return ImageDescriptor.createFromURL(new URL(uri.trimFragment().toString()));
			} catch (MalformedURLException e) {
				return null;
			}
		}
		if (image instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			return parts.isEmpty() ? null : descriptor(parts.get(0));
		}
		return null;
	}
}
