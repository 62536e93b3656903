package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's start script tells a person what is missing, in one line, instead of a stack trace. */
class LauncherScriptTest {

	@TempDir
	static Path folder;
	private static Launcher launcher;

	@BeforeAll
	static void unpack() throws Exception {
		launcher = Launcher.unpack(folder);
	}

	@Test
	void withOnlyAnOldJavaItSaysWhatToInstall() throws Exception {
		Result result = run(launcher.command("", "--workspace", folder.resolve("ws").toString()));
		assertTrue(result.exit != 0, "exit code " + result.exit);
		assertEquals(1, result.lines().length, result.output);
		assertTrue(result.output.contains("Java 21 or newer") && result.output.contains("found Java 17"), result.output);
	}

	@Test
	void findsANewerJdkWhenTheDefaultJavaIsOldAndSaysWhenThereIsNoDisplay() throws Exception {
		ProcessBuilder command = launcher.command(Launcher.testJdk(), "--workspace", folder.resolve("ws").toString());
		command.environment().remove("DISPLAY");
		command.environment().remove("WAYLAND_DISPLAY");
		Result result = run(command);
		assertEquals(1, result.exit, result.output);
		assertEquals(1, result.lines().length, result.output);
		assertTrue(result.output.contains("no graphical display"), result.output);
	}

	@Test
	void helpNamesTheOptions() throws Exception {
		Result result = run(launcher.command("", "--help"));
		assertEquals(0, result.exit, result.output);
		assertTrue(result.output.contains("--workspace DIR"), result.output);
	}

	private static Result run(ProcessBuilder builder) throws Exception {
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script finished");
		return new Result(process.exitValue(), output.strip());
	}

	private record Result(int exit, String output) {
		String[] lines() {
			return output.split("\n");
		}
	}
}
