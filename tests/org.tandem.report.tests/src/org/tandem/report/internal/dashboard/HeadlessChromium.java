package org.tandem.report.internal.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium}, headless, driven through the DevTools protocol on 127.0.0.1: loads a
 * page and hands back every protocol message it sent until the page's load event (plus a short
 * grace for late messages). Every wait is bounded.
 */
final class HeadlessChromium implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");
	private static final Pattern PAGE_SOCKET = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"|\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"type\"\\s*:\\s*\"page\"");

	private final Process process;
	private final int port;
	private final List<String> log = new ArrayList<>();

	HeadlessChromium(Path profile) throws IOException, InterruptedException {
		try {
			process = new ProcessBuilder("chromium", "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
					"--disable-background-networking", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
					"--user-data-dir=" + profile, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			throw new AssertionError("Debian's chromium is needed to load the dashboard page (apt-get install chromium): " + e.getMessage(), e);
		}
		port = listeningPort();
	}

	/** Reads chromium's error output (in the background) until it names its DevTools port, at most 30 seconds. */
	private int listeningPort() throws InterruptedException {
		LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				lines.add("(chromium's output ended: " + e.getMessage() + ")");
			}
		}, "chromium stderr");
		reader.setDaemon(true);
		reader.start();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < end) {
			String line = lines.poll(200, TimeUnit.MILLISECONDS);
			if (line != null) {
				log.add(line);
				Matcher matcher = LISTENING.matcher(line);
				if (matcher.find()) {
					return Integer.parseInt(matcher.group(2));
				}
			}
		}
		throw new AssertionError("chromium did not open its DevTools port within 30 s:\n" + String.join("\n", log));
	}

	/**
	 * Loads {@code page} in a tab with the Runtime, Log, Network and Page domains on, evaluates
	 * {@code expression} after the load event and returns every message received.
	 */
	List<String> load(URI page, String expression) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher matcher = PAGE_SOCKET.matcher(targets);
		if (!matcher.find()) {
			throw new AssertionError("no page target in " + targets);
		}
		String socketUrl = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
		WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(socketUrl), new Collector(messages))
				.get(10, TimeUnit.SECONDS);
		try {
			int id = 0;
			for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
				socket.sendText("{\"id\":" + ++id + ",\"method\":\"" + domain + ".enable\"}", true).get(5, TimeUnit.SECONDS);
			}
			socket.sendText("{\"id\":10,\"method\":\"Page.navigate\",\"params\":{\"url\":\"" + page + "\"}}", true).get(5, TimeUnit.SECONDS);
			List<String> received = new ArrayList<>();
			await(messages, received, m -> m.contains("\"method\":\"Page.loadEventFired\""), 20, "the page's load event");
			socket.sendText("{\"id\":20,\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":\"" + expression.replace("\"", "\\\"")
					+ "\",\"returnByValue\":true}}", true).get(5, TimeUnit.SECONDS);
			await(messages, received, m -> m.startsWith("{\"id\":20,"), 10, "the evaluation");
			await(messages, received, m -> false, 0.3, null);
			return received;
		} finally {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
		}
	}

	/** Moves messages into {@code received} until one matches {@code until}; fails after {@code seconds} unless {@code what} is null. */
	private static void await(LinkedBlockingQueue<String> messages, List<String> received, java.util.function.Predicate<String> until, double seconds,
			String what) throws InterruptedException {
		long end = System.nanoTime() + (long) (seconds * 1e9);
		while (System.nanoTime() < end) {
			String message = messages.poll(50, TimeUnit.MILLISECONDS);
			if (message != null) {
				received.add(message);
				if (until.test(message)) {
					return;
				}
			}
		}
		if (what != null) {
			throw new AssertionError("chromium did not report " + what + " within " + seconds + " s; it said:\n" + String.join("\n", received));
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Joins a message's fragments and queues each whole message. */
	private static final class Collector implements WebSocket.Listener {
		private final LinkedBlockingQueue<String> messages;
		private final StringBuilder partial = new StringBuilder();

		Collector(LinkedBlockingQueue<String> messages) {
			this.messages = messages;
		}

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				messages.add(partial.toString());
				partial.setLength(0);
			}
			socket.request(1);
			return CompletableFuture.completedFuture(null);
		}
	}
}
