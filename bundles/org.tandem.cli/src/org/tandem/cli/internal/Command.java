package org.tandem.cli.internal;

import java.io.IOException;
import java.util.Set;

/** One command of {@code tandem-cli}. */
interface Command {

	String name();

	/** The arguments, for the usage text: {@code "DIR --format xmi|json"}. */
	String arguments();

	/** What it does, in one line. */
	String summary();

	/** The names of the {@code --options} it takes. */
	default Set<String> options() {
		return Set.of();
	}

	/**
	 * Runs the command.
	 *
	 * @return the exit code
	 * @throws UsageException when the arguments are wrong
	 * @throws IOException    when files cannot be read or written
	 */
	int run(Arguments arguments, Console console) throws IOException;
}
