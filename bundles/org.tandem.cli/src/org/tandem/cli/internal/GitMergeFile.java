package org.tandem.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code git merge-file -p --diff3} on three files, as the text merge that Tandem's
 * model merge is measured against: the number of conflict hunks it reports and its wall time. The
 * files are left unchanged ({@code -p} writes the result to a pipe that is only counted).
 */
final class GitMergeFile {

	/** What git reported: conflict hunks, and the time the command took. */
	record Outcome(int hunks, double millis) {
	}

	private final long timeoutSeconds;

	GitMergeFile(long timeoutSeconds) {
		this.timeoutSeconds = timeoutSeconds;
	}

	/** Merges {@code ours} and {@code theirs} from {@code base} with git, in at most the timeout. */
	Outcome merge(Path base, Path ours, Path theirs) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(List.of("git", "merge-file", "-p", "--diff3", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				ours.toString(), base.toString(), theirs.toString()));
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		long start = System.nanoTime();
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new IOException("git is not installed or not on the PATH: " + e.getMessage(), e); //$NON-NLS-1$
		}
		process.getOutputStream().close();
		CompletableFuture<Integer> hunks = CompletableFuture.supplyAsync(() -> countHunks(process.getInputStream()));
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("git merge-file did not finish within " + timeoutSeconds + " s"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		double millis = (System.nanoTime() - start) / 1e6;
		if (process.exitValue() < 0 || process.exitValue() > 127) {
			throw new IOException("git merge-file failed with exit code " + process.exitValue()); //$NON-NLS-1$
		}
		return new Outcome(hunks.join(), millis);
	}

	/** The lines that open a conflict hunk ("<<<<<<< " at the start of a line). */
	private static int countHunks(InputStream output) {
		byte[] marker = "<<<<<<< ".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
		int hunks = 0;
		int matched = 0;
		boolean lineStart = true;
		byte[] buffer = new byte[65536];
		try (output) {
			for (int n; (n = output.read(buffer)) > 0;) {
				for (int i = 0; i < n; i++) {
					byte b = buffer[i];
					if (lineStart || matched > 0) {
						if (b == marker[matched]) {
							matched++;
							if (matched == marker.length) {
								hunks++;
								matched = 0;
							}
							lineStart = false;
							continue;
						}
						matched = 0;
					}
					lineStart = b == '\n';
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return hunks;
	}
}
