package org.tandem.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The X display the test runs on, seen through the standard X11 command-line tools. */
final class X11 {

	private X11() {
	}

	private static final Pattern WINDOW = Pattern.compile("^\\s*(0x[0-9a-f]+) \"([^\"]*)\"", Pattern.MULTILINE);

	/**
	 * Whether a top-level window with this title is mapped and viewable. SWT on GTK stores shell
	 * titles with a trailing space, so the title is compared trimmed.
	 */
	static boolean windowViewable(String title) throws IOException, InterruptedException {
		Matcher windows = WINDOW.matcher(run(List.of("xwininfo", "-root", "-children")));
		while (windows.find()) {
			if (windows.group(2).trim().equals(title)
					&& run(List.of("xwininfo", "-id", windows.group(1))).contains("Map State: IsViewable")) {
				return true;
			}
		}
		return false;
	}

	/** Saves the whole screen as a PNG ({@code import} from ImageMagick). */
	static void screenshot(Path png) throws IOException, InterruptedException {
		run(List.of("import", "-window", "root", png.toString()));
	}

	static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(command + " did not finish within 30 s");
		}
		return new String(output, StandardCharsets.UTF_8);
	}
}
