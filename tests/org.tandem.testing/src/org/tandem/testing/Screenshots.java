package org.tandem.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a shell shows as a PNG under the test module's {@code target/screenshots/}, named
 * {@code <name>-<language>.png} after the language the run uses, so that the runs in de, zh and en
 * leave one picture each.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** The folder the pictures go to: {@code target/screenshots} of the module under test. */
	public static Path folder() {
		return Path.of(System.getProperty("tandem.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Saves what the shell draws (its widgets painted into an image, not read off the screen) and returns the file; fails when the shell shows nothing but one colour. */
	public static Path save(Shell shell, String name) throws IOException {
		shell.layout(true, true);
		shell.update();
		Ui.settle();
		Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			shell.print(gc);
			return write(image.getImageData(), name);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * Saves what the screen shows in {@code area} (display coordinates), menus that are open over
	 * a shell included, and returns the file; fails when the area shows nothing but one colour.
	 */
	public static Path saveScreen(Rectangle area, String name) throws IOException {
		Ui.settle();
		Display display = Ui.display();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			return write(image.getImageData(), name);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static Path write(ImageData data, String name) throws IOException {
		if (isBlank(data)) {
			throw new AssertionError("The screenshot " + name + " shows one colour only"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Files.createDirectories(folder());
		Path file = folder().resolve(name + "-" + Locale.getDefault().getLanguage() + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	private static boolean isBlank(ImageData data) {
		int first = data.getPixel(0, 0);
		for (int y = 0; y < data.height; y += 4) {
			for (int x = 0; x < data.width; x += 4) {
				if (data.getPixel(x, y) != first) {
					return false;
				}
			}
		}
		return true;
	}
}
