package org.tandem.cli.internal;

/** The exit codes of {@code tandem-cli}, for scripts. */
final class ExitCode {
	/** The command did what was asked and found nothing wrong. */
	static final int OK = 0;
	/** The command ran, and found problems in the model (validation errors). */
	static final int PROBLEMS = 1;
	/** The command line is wrong: unknown command, missing or bad argument. */
	static final int USAGE = 2;
	/** A merge left conflicts that wait for a person. */
	static final int CONFLICTS = 3;
	/** A file or folder could not be read or written. */
	static final int FILES = 4;
	/** The remote of a sync could not be reached, refused the login or failed. */
	static final int REMOTE = 5;

	private ExitCode() {
	}
}
