package org.tandem.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Git server for tests: Debian's {@code git http-backend} under lighttpd on 127.0.0.1,
 * smart HTTP with basic authentication, started by the project's {@code git-server.sh}. Every
 * wait is bounded.
 */
public final class GitServer implements AutoCloseable {

	public static final String USER = "anna";
	public static final String PASSWORD = "t0ken-Rhein-Neckar";

	private final Path root;
	private int port;
	private long pid;

	private GitServer(Path root) {
		this.root = root;
	}

	/** Starts a server for the bare repositories under {@code root}, on a free port. */
	public static GitServer start(Path root) throws Exception {
		GitServer server = new GitServer(root);
		server.launch(Map.of());
		return server;
	}

	/** Starts the server again on the port it had. */
	public void restart() throws Exception {
		launch(Map.of("GIT_SERVER_PORT", Integer.toString(port)));
	}

	/** A new empty bare repository named {@code name}, and its URL. */
	public String newRepository(String name) throws Exception {
		run(root, List.of("git", "init", "-q", "--bare", "-b", "main", name + ".git"), Map.of());
		return url(name);
	}

	public String url(String name) {
		return "http://127.0.0.1:" + port + "/" + name + ".git";
	}

	public Path root() {
		return root;
	}

	/** Kills the server with SIGKILL and waits until its port is closed. */
	public void kill() throws Exception {
		run(root, List.of("kill", "-9", Long.toString(pid)), Map.of());
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (accepts()) {
			if (System.nanoTime() > until) {
				throw new IllegalStateException("the server's port " + port + " is still open 10 s after kill -9");
			}
			Thread.sleep(20);
		}
	}

	@Override
	public void close() throws Exception {
		if (accepts()) {
			kill();
		}
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private void launch(Map<String, String> environment) throws Exception {
		String[] lines = run(root, List.of("bash", script().toString(), root.toString(), USER, PASSWORD), environment).strip().split("\n");
		String[] portAndPid = lines[lines.length - 1].split(" ");
		port = Integer.parseInt(portAndPid[0]);
		pid = Long.parseLong(portAndPid[1]);
	}

	/** The project's copy of the server script, from the test module or the repository's root. */
	public static Path script() {
		for (Path candidate : List.of(Path.of("git-server.sh"), Path.of("tests/org.tandem.sync.tests/git-server.sh"),
				Path.of("../org.tandem.sync.tests/git-server.sh"),
				Path.of("../tests/org.tandem.sync.tests/git-server.sh"))) {
			if (Files.isRegularFile(candidate)) {
				return candidate.toAbsolutePath();
			}
		}
		throw new IllegalStateException("git-server.sh not found from " + Path.of("").toAbsolutePath());
	}

	/** Runs a command in {@code folder} (at most 60 s) and returns its standard output; fails unless it exits with 0. */
	public static String run(Path folder, List<String> command, Map<String, String> environment) throws Exception {
		Path log = Files.createTempFile("git-server-test", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
					.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
			builder.environment().putAll(environment);
			builder.environment().put("GIT_TERMINAL_PROMPT", "0");
			Process process = builder.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " took longer than 60 s");
			}
			return check(command, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(log);
		}
	}

	private static String check(List<String> command, int exit, String text) {
		if (exit != 0) {
			throw new IllegalStateException(command + " exited with " + exit + ": " + text);
		}
		return text;
	}
}
