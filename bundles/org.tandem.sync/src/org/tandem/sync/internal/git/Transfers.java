package org.tandem.sync.internal.git;

import java.io.IOException;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Fetches the other side's branch from a remote (a URL, a folder or a bundle file) into a tracking
 * ref of its own, and pushes ours; both with a bounded timeout, so that a dead link fails rather
 * than hangs, and reporting to a progress monitor, whose cancellation stops the transfer. A
 * transfer that breaks changes no ref of the workspace.
 */
public final class Transfers {

	/** The branch that Tandem shares. */
	public static final String BRANCH = Constants.R_HEADS + "main"; //$NON-NLS-1$

	private final Git git;
	private final CredentialsProvider credentials;
	private final ProgressMonitor monitor;
	private final int timeoutSeconds;

	public Transfers(Git git, CredentialsProvider credentials, int timeoutSeconds) {
		this(git, credentials, NullProgressMonitor.INSTANCE, timeoutSeconds);
	}

	/** Transfers that fail when the remote sends nothing for {@code timeoutSeconds}. */
	public Transfers(Git git, CredentialsProvider credentials, ProgressMonitor monitor, int timeoutSeconds) {
		this.git = git;
		this.credentials = credentials;
		this.monitor = monitor;
		this.timeoutSeconds = timeoutSeconds;
	}

	/** Fetches {@code source} into {@code refs/remotes/<name>/} and returns its main branch, or null when it has none. */
	public ObjectId fetch(String source, String name) throws GitAPIException, IOException {
		String tracking = Constants.R_REMOTES + name + "/"; //$NON-NLS-1$
		git.fetch().setRemote(source).setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + tracking + "*")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.setRemoveDeletedRefs(true).setCredentialsProvider(credentials).setTimeout(timeoutSeconds).setProgressMonitor(monitor).call();
		return git.getRepository().resolve(tracking + "main"); //$NON-NLS-1$
	}

	/** Pushes our main branch; returns null when the remote took it, else why it refused. */
	public String push(String remote) throws GitAPIException {
		Iterable<PushResult> results = git.push().setRemote(remote).setRefSpecs(new RefSpec(BRANCH + ":" + BRANCH)) //$NON-NLS-1$
				.setCredentialsProvider(credentials).setTimeout(timeoutSeconds).setProgressMonitor(monitor).call();
		for (PushResult result : results) {
			RemoteRefUpdate update = result.getRemoteUpdate(BRANCH);
			if (update != null && update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
				return update.getStatus() + (update.getMessage() == null ? "" : " " + update.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return null;
	}
}
