package org.tandem.cli.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.sync.api.git.SyncException;
import org.tandem.sync.api.git.SyncResult;

/**
 * What the Git commands share: the workspace opened as a repository, the user name and password or
 * token from the environment ({@code TANDEM_GIT_USER}, {@code TANDEM_GIT_PASSWORD}; never from
 * arguments, which other users of the machine can see), and the outcome turned into output and an
 * exit code.
 */
final class GitSession {

	static final String USER = "TANDEM_GIT_USER"; //$NON-NLS-1$
	static final String PASSWORD = "TANDEM_GIT_PASSWORD"; //$NON-NLS-1$

	private final Map<String, String> environment;

	GitSession(Map<String, String> environment) {
		this.environment = environment;
	}

	/** The credentials from the environment, or null when none are set. */
	CredentialsProvider credentials() {
		String user = environment.get(USER);
		String password = environment.get(PASSWORD);
		if (user == null || user.isEmpty() || password == null) {
			return null;
		}
		return new UsernamePasswordCredentialsProvider(user, password);
	}

	/** Runs {@code action} on the workspace in {@code folder}; a failure goes to the standard error. */
	int run(String command, Path folder, Console console, Action action) {
		return run(command, folder, false, console, action);
	}

	/** As {@link #run(String, Path, Console, Action)}; with {@code create} a folder that is no Git repository becomes one. */
	int run(String command, Path folder, boolean create, Console console, Action action) {
		try (GitWorkspace workspace = create ? GitWorkspace.create(folder) : GitWorkspace.open(folder)) {
			return action.run(workspace);
		} catch (SyncException e) {
			console.err().println("tandem-cli " + command + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return switch (e.reason()) {
			case NOT_A_REPOSITORY, NO_REMOTE -> ExitCode.USAGE;
			case FILES -> ExitCode.FILES;
			case AUTHENTICATION, NO_CONNECTION, REMOTE -> ExitCode.REMOTE;
			};
		}
	}

	/** Prints the outcome (conflicts one a line on the standard output) and returns its exit code. */
	static int report(SyncResult result, Console console) {
		for (String conflict : result.conflicts()) {
			console.out().println(conflict);
		}
		console.err().println(switch (result.outcome()) {
		case UP_TO_DATE -> "up to date"; //$NON-NLS-1$
		case RECEIVED -> "received the other side's changes"; //$NON-NLS-1$
		case SENT -> "sent our changes"; //$NON-NLS-1$
		case MERGED -> "merged both sides' changes"; //$NON-NLS-1$
		case CONFLICTS -> "conflicts: " + result.conflicts().size() //$NON-NLS-1$
				+ "; the merged files keep our values, nothing was committed or sent; decide them, then run tandem-cli decided DIR and sync again"; //$NON-NLS-1$
		});
		return result.outcome() == SyncResult.Outcome.CONFLICTS ? ExitCode.CONFLICTS : ExitCode.OK;
	}

	/** Something to do with an open workspace. */
	interface Action {
		int run(GitWorkspace workspace) throws SyncException;
	}
}
