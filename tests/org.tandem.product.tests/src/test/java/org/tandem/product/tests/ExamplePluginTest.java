package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through of {@code docs/extending.md}, step by step: the example plug-in
 * {@code examples/org.tandem.example.circular} is built by its own Maven build against Tandem's p2
 * repository, installed into the unpacked product with the p2 director, and then the product has
 * its domain and exporter ({@code tandem-cli plugins}), reads and validates its EMF package, and
 * shows its view with an element of that package (screenshot, the view's icon found in it); after uninstalling it, a workspace that used it still loads, with a
 * warning that names the file and the element.
 */
class ExamplePluginTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("tandem.examples"), "org.tandem.example.circular");
	private static final Path TANDEM_REPOSITORY = Path.of(System.getProperty("tandem.repository"));
	private static final Path OUT = Path.of(System.getProperty("tandem.smoke.out"));
	private static final String NAMESPACE = "http://tandem.org/example/circular/1.0";

	@TempDir
	Path folder;

	@Test
	void builtOnItsOwnInstalledWithTheDirectorAndFoundInTheProduct() throws Exception {
		Launcher launcher = Launcher.unpack(folder);
		Path product = launcher.script.getParent();

		// 1. build the plug-in and its p2 repository
		run(EXAMPLE, maven("verify"));
		Path site = EXAMPLE.resolve("site/target/repository");
		assertTrue(Files.isDirectory(site.resolve("plugins")), "the plug-in's p2 repository");

		// 2. install it into the product with the p2 director
		run(EXAMPLE, maven("tycho-p2-director:director", "-Ddestination=" + product, "-Dprofile=DefaultProfile",
				"-Drepositories=" + site.toUri() + "," + TANDEM_REPOSITORY.toUri(), "-DinstallIUs=org.tandem.example.circular"));

		// 3. the product lists its domain and its exporter
		String plugins = cli(launcher, 0, "plugins");
		assertTrue(plugins.matches("(?s).*domain +circular-economy +org\\.tandem\\.example\\.circular +Circular economy.*"), plugins);
		assertTrue(plugins.matches("(?s).*exporter +org\\.tandem\\.example\\.circular\\.sheet +org\\.tandem\\.example\\.circular +Circular-economy indicator sheet.*"),
				plugins);

		// 4. a workspace with an element of the plug-in's EMF package validates
		Path workspace = folder.resolve("workspace");
		cli(launcher, 0, "demo", workspace.toString());
		Path partnership = workspace.resolve("partnerships/rhein-neckar-urumqi.tandem");
		addCircularMeasure(partnership);
		String valid = cli(launcher, 0, "validate", workspace.toString());
		assertFalse(valid.contains(NAMESPACE), valid);

		// 5. the workbench shows the plug-in's view
		showView(launcher, workspace);

		// 6. without the plug-in, the workspace still loads and names what it keeps
		run(EXAMPLE, maven("tycho-p2-director:director", "-Ddestination=" + product, "-Dprofile=DefaultProfile",
				"-Drepositories=" + TANDEM_REPOSITORY.toUri(), "-DuninstallIUs=org.tandem.example.circular"));
		byte[] before = Files.readAllBytes(partnership);
		String without = cli(launcher, 0, "validate", workspace.toString());
		assertTrue(without.contains("WARNING partnerships/rhein-neckar-urumqi.tandem: \"Slag for cement\" comes from a plug-in that is not installed ("
				+ NAMESPACE + ")"), without);
		assertFalse(cli(launcher, 0, "plugins").contains("circular-economy"));
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(partnership));
	}

	/** Puts a circular measure into the first concept of the file, as a plug-in would save it. */
	private static void addCircularMeasure(Path file) throws Exception {
		String xml = Files.readString(file);
		String xsi = xml.contains("xmlns:xsi=") ? "" : "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ";
		xml = xml.replaceFirst("xmlns:tandem=", xsi + "xmlns:circular=\"" + NAMESPACE + "\" xmlns:tandem=");
		int concept = xml.indexOf("<concepts ");
		int end = xml.indexOf("</concepts>", concept);
		String measure = "  <measures xsi:type=\"circular:CircularMeasure\" id=\"7b0c8f52-4c1e-4a53-9d7e-2f6b3c1a9e10\" material=\"slag\" recycledTonnes=\"120000.0\">\n"
				+ "        <name>\n          <translations language=\"en\" text=\"Slag for cement\" state=\"ORIGINAL\"/>\n        </name>\n      </measures>\n    ";
		Files.writeString(file, xml.substring(0, end) + measure + xml.substring(end));
	}

	private static void showView(Launcher launcher, Path workspace) throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the test needs an X display (the test command starts Xvfb)");
		Files.createDirectories(OUT);
		Path log = OUT.resolve("product-with-example.log");
		Process tandem = launcher.command(Launcher.testJdk(), "--workspace", workspace.toString(), "-nl", "en").redirectOutput(log.toFile()).start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (!X11.windowViewable("Tandem")) {
				if (!tandem.isAlive() || System.nanoTime() > deadline) {
					fail("no Tandem window:\n" + Files.readString(log));
				}
				Thread.sleep(100);
			}
			Thread.sleep(3_000); // the workspace loads, the view fills
			Path png = OUT.resolve("tandem-with-example.png");
			X11.screenshot(png);
			assertTrue(greenPixels(png) > 10, "the view's tab shows the plug-in's green icon: " + png);
			// without a window manager the keyboard follows the pointer: a click into the welcome text, then Ctrl+Q
			X11.run(List.of("xdotool", "mousemove", "600", "100", "click", "1", "sleep", "0.5", "key", "ctrl+q"));
			assertTrue(tandem.waitFor(30, TimeUnit.SECONDS), "Tandem quits on Ctrl+Q");
			assertEquals(0, tandem.exitValue(), Files.readString(log));
		} finally {
			tandem.destroyForcibly();
		}
		String output = Files.readString(log);
		assertFalse(output.contains("Exception"), output);
	}

	/** How many pixels have the green of the example's icon (no part of Tandem itself is that green). */
	private static int greenPixels(Path png) throws Exception {
		BufferedImage image = ImageIO.read(png.toFile());
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = rgb >> 16 & 0xff;
				int g = rgb >> 8 & 0xff;
				int b = rgb & 0xff;
				count += g > 120 && g - r > 60 && g - b > 40 ? 1 : 0;
			}
		}
		return count;
	}

	private static List<String> maven(String... arguments) {
		List<String> command = new ArrayList<>(List.of(EXAMPLE.resolve("mvnw").toString(), "-B", "-q"));
		command.addAll(List.of(arguments));
		return command;
	}

	private static String cli(Launcher launcher, int exit, String... arguments) throws Exception {
		Process process = launcher.cli(Launcher.testJdk(), arguments).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "tandem-cli finished");
		assertEquals(exit, process.exitValue(), output);
		return output;
	}

	/**
	 * Runs Maven offline first (Tandem's build has just fetched Tycho and its plug-ins), and online
	 * when something is missing.
	 */
	private static void run(Path directory, List<String> command) throws Exception {
		List<String> offline = new ArrayList<>(command);
		offline.add(1, "-o");
		if (exitOf(directory, offline).exit() != 0) {
			Result online = exitOf(directory, command);
			assertEquals(0, online.exit(), String.join(" ", command) + "\n" + online.output());
		}
	}

	private record Result(int exit, String output) {
	}

	private static Result exitOf(Path directory, List<String> command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", Launcher.testJdk());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), String.join(" ", command));
		return new Result(process.exitValue(), output);
	}
}
