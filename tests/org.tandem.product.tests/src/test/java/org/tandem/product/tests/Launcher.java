package org.tandem.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * The Linux product unpacked from its archive, and the environment its {@code tandem} script sees:
 * JAVA_HOME unset and an old Java 17 first on the PATH, as on a stock Debian machine, with the
 * test's own JDK (21 or newer) the only one in the JDK search folders.
 */
final class Launcher {

	static final Path PRODUCTS = Path.of(System.getProperty("tandem.products"));
	static final String VERSION = System.getProperty("tandem.version");

	final Path script;
	private final Path oldJavaBin;

	private Launcher(Path script, Path oldJavaBin) {
		this.script = script;
		this.oldJavaBin = oldJavaBin;
	}

	/** Unpacks the Linux archive into {@code folder}. */
	static Launcher unpack(Path folder) throws IOException, InterruptedException {
		Path archive = PRODUCTS.resolve("tandem-" + VERSION + "-linux.gtk.x86_64.tar.gz");
		X11.run(List.of("tar", "xzf", archive.toString(), "-C", folder.toString()));
		Path oldJavaBin = Files.createDirectories(folder.resolve("old-java/bin"));
		Path java = oldJavaBin.resolve("java");
		Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\nexit 0\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return new Launcher(folder.resolve("tandem/tandem"), oldJavaBin);
	}

	/** A process builder for the start script with an old default Java and {@code jdkSearch} as JDK folders. */
	ProcessBuilder command(String jdkSearch, String... arguments) {
		return command(script, jdkSearch, arguments);
	}

	/** The same for {@code tandem-cli}, without a display. */
	ProcessBuilder cli(String jdkSearch, String... arguments) {
		ProcessBuilder builder = command(script.resolveSibling("tandem-cli"), jdkSearch, arguments);
		builder.environment().remove("DISPLAY");
		return builder;
	}

	private ProcessBuilder command(Path program, String jdkSearch, String... arguments) {
		List<String> command = new java.util.ArrayList<>(List.of(program.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.remove("JAVA_HOME");
		env.put("PATH", oldJavaBin + ":/usr/bin:/bin");
		env.put("TANDEM_JDK_SEARCH", jdkSearch);
		return builder;
	}

	/** The JDK that runs the tests: a Java 21 or newer. */
	static String testJdk() {
		return System.getProperty("java.home");
	}
}
