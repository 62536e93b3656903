package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The materialized product, as a person gets it: the three archives exist, and the Linux one,
 * unpacked in a fresh folder, opens the "Tandem" window on a fresh workspace, on a machine whose
 * default Java is too old but which has a newer JDK in its JDK folder.
 */
class ProductSmokeTest {

	private static final long WINDOW_TIMEOUT_MS = 90_000;
	private static final Path PRODUCTS = Launcher.PRODUCTS;
	private static final String VERSION = Launcher.VERSION;
	private static final Path OUT = Path.of(System.getProperty("tandem.smoke.out"));

	@Test
	void archivesForLinuxWindowsAndMacExist() throws Exception {
		for (String archive : List.of("linux.gtk.x86_64.tar.gz", "win32.win32.x86_64.zip", "macosx.cocoa.aarch64.tar.gz")) {
			Path file = PRODUCTS.resolve("tandem-" + VERSION + "-" + archive);
			assertTrue(Files.isRegularFile(file), file + " exists");
			assertTrue(Files.size(file) > 5_000_000, file + " holds the product, not a stub: " + Files.size(file));
		}
		String windows = X11.run(List.of("unzip", "-l", PRODUCTS.resolve("tandem-" + VERSION + "-win32.win32.x86_64.zip").toString()));
		assertTrue(windows.contains("tandem/tandem.cmd"), windows);
		assertTrue(windows.contains("org.eclipse.swt.win32.win32.x86_64"), "Windows product has SWT for Windows");
		String mac = X11.run(List.of("tar", "tzf", PRODUCTS.resolve("tandem-" + VERSION + "-macosx.cocoa.aarch64.tar.gz").toString()));
		assertTrue(mac.contains("Tandem.app/Contents/Eclipse/tandem"), "macOS product has its start script");
		assertTrue(mac.contains("org.eclipse.swt.cocoa.macosx.aarch64"), "macOS product has SWT for macOS");
	}

	@Test
	void linuxProductUnpackedElsewhereOpensTheTandemWindow(@TempDir Path temp) throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the smoke test needs an X display (the test command starts Xvfb)");
		Launcher launcher = Launcher.unpack(temp);
		assertTrue(Files.isExecutable(launcher.script), launcher.script + " is executable");
		Files.createDirectories(OUT);

		int runs = Integer.getInteger("tandem.smoke.runs", 1);
		List<Long> times = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			Path workspace = temp.resolve("workspace " + run);
			Process demo = launcher.cli(Launcher.testJdk(), "demo", workspace.toString()).start();
			demo.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			assertEquals(0, demo.waitFor(), "tandem-cli demo");
			times.add(startAndStop(launcher, workspace, run == 1));
		}
		List<Long> sorted = times.stream().sorted().toList();
		System.out.printf("launch-to-window: median %d ms over %d run(s), all %s%n", sorted.get(sorted.size() / 2), runs, times);
	}

	/** Starts the product, waits for its window, and returns the milliseconds that took. */
	private static long startAndStop(Launcher launcher, Path workspace, boolean screenshot) throws Exception {
		Path log = OUT.resolve("product-" + workspace.getFileName().toString().replace(' ', '-') + ".log");
		ProcessBuilder builder = launcher.command(Launcher.testJdk(), "--workspace", workspace.toString())
				.redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process product = builder.start();
		try {
			long elapsed = waitForWindow(product, log, start);
			assertTrue(Files.isDirectory(workspace), "the product created its workspace folder");
			if (screenshot) {
				Thread.sleep(2_000); // let the first paint finish
				Path png = OUT.resolve("tandem-window.png");
				X11.screenshot(png);
				assertRendered(png);
			}
			return elapsed;
		} finally {
			stop(product);
			assertNoErrorLogged(workspace.resolve(".metadata/.log"));
		}
	}

	/** The Equinox log of the workspace holds no entry of severity ERROR (4). */
	private static void assertNoErrorLogged(Path log) throws IOException {
		if (Files.exists(log)) {
			String entries = Files.readString(log);
			assertTrue(!Pattern.compile("^!ENTRY \\S+ 4 ", Pattern.MULTILINE).matcher(entries).find(), log + ":\n" + entries);
		}
	}

	private static long waitForWindow(Process product, Path log, long start) throws Exception {
		long deadline = start + TimeUnit.MILLISECONDS.toNanos(WINDOW_TIMEOUT_MS);
		while (System.nanoTime() < deadline) {
			if (X11.windowViewable("Tandem")) {
				return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			}
			if (!product.isAlive()) {
				fail("the product exited with " + product.exitValue() + " before its window opened:\n" + Files.readString(log));
			}
			Thread.sleep(100);
		}
		fail("no \"Tandem\" window within " + WINDOW_TIMEOUT_MS + " ms:\n" + Files.readString(log));
		return -1;
	}

	/** A window that rendered has many colours; a blank or black screen has one or two. */
	private static void assertRendered(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		assertNotNull(image, png + " is a PNG");
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				colours.add(image.getRGB(x, y));
			}
		}
		assertTrue(colours.size() > 20, "the screenshot shows a rendered window, not a blank screen: " + colours.size() + " colours");
	}

	private static void stop(Process product) throws InterruptedException {
		product.destroy();
		if (!product.waitFor(20, TimeUnit.SECONDS)) {
			product.destroyForcibly();
			product.waitFor(10, TimeUnit.SECONDS);
		}
		assertEquals(false, product.isAlive(), "the product stopped");
	}
}
