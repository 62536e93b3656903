package org.tandem.cli.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.tandem.sync.api.git.GitWorkspace;

/**
 * {@code sync DIR [--remote URL | --from-bundle FILE] [--timeout SECONDS]}: commits the saved
 * changes, fetches, merges model files on the model, commits the merge and pushes; from a bundle
 * file it merges without pushing. A transfer that stays silent for the timeout (60 s unless given)
 * is given up, leaving the workspace as it was. Exit code 3 when conflicts wait for a person
 * (listed one a line), 5 when the remote cannot be reached, times out or refuses the login.
 */
final class SyncCommand extends BaseCommand {

	private final Map<String, String> environment;

	SyncCommand(Map<String, String> environment) {
		super("sync", "DIR [--remote URL | --from-bundle FILE] [--timeout SECONDS]", //$NON-NLS-1$ //$NON-NLS-2$
				"commit, fetch, merge on the model, push (login from TANDEM_GIT_USER, TANDEM_GIT_PASSWORD); exit code 3 on conflicts; a transfer silent for the timeout (60 s) is given up", //$NON-NLS-1$
				Set.of("remote", "from-bundle", "timeout")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		this.environment = environment;
	}

	@Override
	public int run(Arguments arguments, Console console) {
		Path folder = arguments.folder();
		String remote = arguments.option("remote", null); //$NON-NLS-1$
		String bundle = arguments.option("from-bundle", null); //$NON-NLS-1$
		if (remote != null && bundle != null) {
			throw new UsageException("give either --remote or --from-bundle, not both"); //$NON-NLS-1$
		}
		int timeout = arguments.intOption("timeout", GitWorkspace.DEFAULT_TIMEOUT_SECONDS, 1, 3600); //$NON-NLS-1$
		GitSession session = new GitSession(environment);
		return session.run(name(), folder, console, workspace -> {
			workspace.setTransferTimeout(timeout);
			return GitSession.report(bundle != null
					? workspace.importBundle(Path.of(bundle).toAbsolutePath(), workspace.configuredAuthor())
					: workspace.sync(remote, session.credentials(), workspace.configuredAuthor()), console);
		});
	}
}
