package org.tandem.io.internal.project;

import org.xml.sax.SAXParseException;

/** What went wrong when a library could not read a file: the line and the deepest message. */
final class ReadFailures {

	private ReadFailures() {
	}

	/** The line of the XML error among the causes of {@code failure}, or 0. */
	static int line(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
				return parse.getLineNumber();
			}
		}
		return 0;
	}

	/** The message of the deepest cause that has one. */
	static String reason(Throwable failure) {
		String reason = failure.toString();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				reason = cause.getMessage();
			}
		}
		return reason;
	}
}
