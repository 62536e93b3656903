package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem-cli share}, {@code sync} and {@code decided} of the unpacked product against a real
 * Git server on 127.0.0.1 (git http-backend under lighttpd, basic authentication, started by
 * tests/org.tandem.sync.tests/git-server.sh): exit codes, conflicts one a line, clear messages for
 * a wrong password, no network and a folder that is no repository, and a bundle file.
 */
class SyncCliTest {

	private static final String PLAN = "plans/wasser-2024-2028.tandem";
	private static final String M2_PLANNED = "planned=\"2027-06-30\"";
	private static final String USER = "li";
	private static final String PASSWORD = "geheim-mi-ma-2026";

	@TempDir
	static Path folder;
	private static Path cli;
	private static Path server;
	private static String url;
	private static int port;
	private static long pid;

	@BeforeAll
	static void start() throws Exception {
		cli = Launcher.unpack(folder).script.resolveSibling("tandem-cli");
		server = Files.createDirectories(folder.resolve("server"));
		assertEquals(0, run(server, Map.of(), "git", "init", "-q", "--bare", "-b", "main", "team.git").exit);
		Result started = run(server, Map.of(), "bash", Path.of("../org.tandem.sync.tests/git-server.sh").toAbsolutePath().toString(),
				server.toString(), USER, PASSWORD);
		assertEquals(0, started.exit, started.output);
		String[] portAndPid = started.output.strip().split(" ");
		port = Integer.parseInt(portAndPid[0]);
		pid = Long.parseLong(portAndPid[1]);
		url = "http://127.0.0.1:" + port + "/team.git";
	}

	@AfterAll
	static void stop() throws Exception {
		stopServer();
	}

	@Test
	void syncSharesMergesAndListsConflictsOneALineWithExitCode3() throws Exception {
		Path anna = folder.resolve("anna");
		assertEquals(0, cli(Map.of(), "demo", anna.toString()).exit);
		Result notShared = cli(login(), "sync", anna.toString(), "--remote", url);
		assertEquals(2, notShared.exit, notShared.output);
		assertTrue(notShared.output.contains(anna + " is not a workspace shared through Git"), notShared.output);

		assertEquals(0, cli(Map.of(), "share", anna.toString()).exit);
		Result wrong = cli(Map.of("TANDEM_GIT_USER", USER, "TANDEM_GIT_PASSWORD", "falsch"), "sync", anna.toString(), "--remote", url);
		assertEquals(5, wrong.exit, wrong.output);
		assertTrue(wrong.output.contains("refused the user name and password or token"), wrong.output);
		assertFalse(wrong.output.contains("falsch"), wrong.output);
		Result sent = cli(login(), "sync", anna.toString(), "--remote", url);
		assertEquals(0, sent.exit, sent.output);
		assertFalse(sent.output.contains(PASSWORD) || sent.output.contains("SLF4J"), sent.output);

		Path li = Files.createDirectories(folder.resolve("li"));
		assertEquals(0, cli(Map.of(), "share", li.toString()).exit);
		assertEquals(0, cli(login(), "sync", li.toString(), "--remote", url).exit);
		edit(anna, "planned=\"2027-08-31\"");
		assertEquals(0, cli(login(), "sync", anna.toString()).exit);
		edit(li, "planned=\"2027-09-30\"");
		Result conflicts = cli(login(), "sync", li.toString());
		assertEquals(3, conflicts.exit, conflicts.output);
		assertTrue(conflicts.output.contains(
				PLAN + ": M2 Reclaimed water plant in operation, Planned: ours \"2027-09-30\", theirs \"2027-08-31\" (was \"2027-06-30\"); ours is kept\n"),
				conflicts.output);
		assertEquals(0, cli(Map.of(), "decided", li.toString()).exit);
		Result decided = cli(login(), "sync", li.toString());
		assertEquals(0, decided.exit, decided.output);
		assertEquals(0, cli(login(), "sync", anna.toString()).exit);
		assertTrue(Files.readString(anna.resolve(PLAN)).contains("planned=\"2027-09-30\""));

		Path stick = Files.createDirectories(folder.resolve("usb-stick"));
		assertEquals(0, cli(Map.of(), "share", anna.toString(), "--bundle", stick.resolve("tandem.bundle").toString()).exit);
		Path wang = Files.createDirectories(folder.resolve("wang"));
		assertEquals(0, cli(Map.of(), "share", wang.toString()).exit);
		Result carried = cli(Map.of(), "sync", wang.toString(), "--from-bundle", stick.resolve("tandem.bundle").toString());
		assertEquals(0, carried.exit, carried.output);
		assertEquals(Files.readString(anna.resolve(PLAN)), Files.readString(wang.resolve(PLAN)));

		stopServer();
		Result offline = cli(login(), "sync", anna.toString());
		assertEquals(5, offline.exit, offline.output);
		assertTrue(offline.output.contains("cannot be reached"), offline.output);
	}

	@Test
	void aSilentRemoteIsGivenUpAfterTheTimeoutWithExitCode5AndTheWorkspaceUnchanged() throws Exception {
		Path ute = folder.resolve("ute");
		assertEquals(0, cli(Map.of(), "demo", ute.toString()).exit);
		assertEquals(0, cli(Map.of(), "share", ute.toString()).exit);
		String before = Files.readString(ute.resolve(PLAN));
		Result badTimeout = cli(login(), "sync", ute.toString(), "--remote", url, "--timeout", "0");
		assertEquals(2, badTimeout.exit, badTimeout.output);
		assertTrue(badTimeout.output.contains("--timeout must be between 1 and 3600, not 0"), badTimeout.output);
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (held.size() < 20) {
						held.add(silent.accept()); // reads nothing, answers nothing
					}
				} catch (IOException closed) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			String silentUrl = "http://127.0.0.1:" + silent.getLocalPort() + "/team.git";
			long start = System.nanoTime();
			Result timedOut = cli(login(), "sync", ute.toString(), "--remote", silentUrl, "--timeout", "2");
			long seconds = (System.nanoTime() - start) / 1_000_000_000L;
			assertEquals(5, timedOut.exit, timedOut.output);
			assertTrue(timedOut.output.contains("did not answer within 2 s"), timedOut.output);
			assertTrue(seconds < 50, "given up after the 2 s timeout, not the default 60 s: " + seconds + " s");
			for (Socket socket : held) {
				socket.close();
			}
		}
		assertEquals(before, Files.readString(ute.resolve(PLAN)));
	}

	private static Map<String, String> login() {
		return Map.of("TANDEM_GIT_USER", USER, "TANDEM_GIT_PASSWORD", PASSWORD);
	}

	private static void edit(Path workspace, String to) throws IOException {
		Path plan = workspace.resolve(PLAN);
		String before = Files.readString(plan);
		assertTrue(before.contains(M2_PLANNED), before);
		Files.writeString(plan, before.replace(M2_PLANNED, to));
	}

	private static void stopServer() throws Exception {
		run(server, Map.of(), "kill", "-9", Long.toString(pid));
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < until) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				Thread.sleep(20);
			} catch (IOException closed) {
				return;
			}
		}
	}

	private static Result cli(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(cli.toString()));
		command.addAll(List.of(arguments));
		return run(folder, environment, command.toArray(String[]::new));
	}

	/** Runs a command as a person's shell would (at most 180 s), with the test's JDK as the only one that tandem-cli finds. */
	private static Result run(Path directory, Map<String, String> environment, String... command) throws Exception {
		Path log = Files.createTempFile(folder, "run", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		Map<String, String> env = builder.environment();
		env.remove("JAVA_HOME");
		env.remove("DISPLAY");
		env.remove("TANDEM_GIT_USER");
		env.remove("TANDEM_GIT_PASSWORD");
		env.put("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");
		env.put("TANDEM_JDK_SEARCH", Launcher.testJdk());
		env.put("HOME", folder.toString());
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("GIT_TERMINAL_PROMPT", "0");
		for (String who : new String[] { "AUTHOR", "COMMITTER" }) {
			env.put("GIT_" + who + "_NAME", "Li Wei");
			env.put("GIT_" + who + "_EMAIL", "li.wei@example.cn");
		}
		env.putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("took longer than 180 s: " + String.join(" ", command));
		}
		return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	private record Result(int exit, String output) {
	}
}
