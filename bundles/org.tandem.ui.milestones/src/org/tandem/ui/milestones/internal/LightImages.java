package org.tandem.ui.milestones.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.tandem.core.api.milestones.TrafficLight;

/** A round lamp per traffic light colour, drawn once and disposed with the control that shows them. */
final class LightImages {

	private static final int SIZE = 14;
	private final Map<TrafficLight, Image> images = new EnumMap<>(TrafficLight.class);

	LightImages(Control owner) {
		for (TrafficLight light : TrafficLight.values()) {
			images.put(light, lamp(owner, rgb(light)));
		}
		owner.addDisposeListener(e -> images.values().forEach(Image::dispose));
	}

	Image of(TrafficLight light) {
		return images.get(light);
	}

	/** The colour of a light, as the chart and the report use it too. */
	static RGB rgb(TrafficLight light) {
		int rgb = light.rgb();
		return new RGB(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff);
	}

	/** A disc with a darker rim, its edge smoothed through the alpha channel. */
	private static Image lamp(Control owner, RGB rgb) {
		ImageData data = new ImageData(SIZE, SIZE, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		double centre = (SIZE - 1) / 2.0;
		double radius = SIZE / 2.0 - 1;
		int fill = data.palette.getPixel(rgb);
		int rim = data.palette.getPixel(new RGB(rgb.red * 2 / 3, rgb.green * 2 / 3, rgb.blue * 2 / 3));
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				double distance = Math.hypot(x - centre, y - centre);
				data.setPixel(x, y, distance > radius - 1.2 ? rim : fill);
				data.setAlpha(x, y, (int) Math.round(255 * Math.max(0, Math.min(1, radius + 0.5 - distance))));
			}
		}
		return new Image(owner.getDisplay(), data);
	}
}
