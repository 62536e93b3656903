package org.tandem.core.internal.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The workbench's log file: what Tandem and its plug-ins log at INFO and above (a plug-in that
 * failed, with its name and stack trace; a file that loaded with warnings), one entry a record, in
 * UTF-8. It rotates at 1 MB and keeps three files; a second Tandem running at the same time writes
 * its own file beside it.
 */
public final class LogFile {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private final Path file;
	private final Handler handler;

	private LogFile(Path file, Handler handler) {
		this.file = file;
		this.handler = handler;
	}

	/** Starts writing the log into {@code folder} (created if need be), until {@link #close()}. */
	public static LogFile open(Path folder) throws IOException {
		Files.createDirectories(folder);
		FileHandler handler = new FileHandler(folder.resolve("tandem-%g.log").toString(), 1_000_000, 3, true); //$NON-NLS-1$
		handler.setEncoding("UTF-8"); //$NON-NLS-1$
		handler.setLevel(Level.INFO);
		handler.setFormatter(new Entry());
		Logger.getLogger("").addHandler(handler); //$NON-NLS-1$
		return new LogFile(folder.resolve("tandem-0.log"), handler); //$NON-NLS-1$
	}

	/** The folder for the log of the user whose home is {@code home}. */
	public static Path folderIn(Path home) {
		return home.resolve(".tandem").resolve("logs"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The file being written (the newest). */
	public Path file() {
		return file;
	}

	/** Stops writing. */
	public void close() {
		Logger.getLogger("").removeHandler(handler); //$NON-NLS-1$
		handler.close();
	}

	/** "time LEVEL logger: message", then the stack trace of what was thrown, if anything. */
	private static final class Entry extends Formatter {
		@Override
		public String format(LogRecord record) {
			StringBuilder entry = new StringBuilder().append(TIME.format(record.getInstant())).append(' ').append(record.getLevel().getName())
					.append(' ').append(record.getLoggerName()).append(": ").append(formatMessage(record)).append(System.lineSeparator()); //$NON-NLS-1$
			if (record.getThrown() != null) {
				StringWriter trace = new StringWriter();
				record.getThrown().printStackTrace(new PrintWriter(trace));
				entry.append(trace);
			}
			return entry.toString();
		}
	}
}
