package org.tandem.sync.api.git;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.osgi.util.NLS;
import org.tandem.sync.api.git.SyncException.Reason;
import org.tandem.sync.api.git.SyncResult.Outcome;
import org.tandem.sync.internal.git.ConflictDetails;
import org.tandem.sync.internal.git.Failures;
import org.tandem.sync.internal.git.Integration;
import org.tandem.sync.internal.git.Messages;
import org.tandem.sync.internal.git.PendingConflicts;
import org.tandem.sync.internal.git.RepositorySetup;
import org.tandem.sync.internal.git.SavedChanges;
import org.tandem.sync.internal.git.Transfers;

/**
 * A workspace that is a Git repository, shared with others: saved changes are committed locally,
 * {@link #sync} exchanges them with a remote (HTTPS, a folder or network share) and merges model
 * files on the model, and {@link #exportBundle}/{@link #importBundle} carry them in a Git bundle
 * file when there is no link. Conflicts leave the merged files in the workspace, commit nothing and
 * wait in {@link #pendingConflicts()} until {@link #markDecided()}.
 *
 * @since 0.1
 */
public final class GitWorkspace implements AutoCloseable {

	private static final String ORIGIN = "origin"; //$NON-NLS-1$
	private static final int PUSH_ATTEMPTS = 3;
	/** How long a transfer may stay silent before it is given up, unless {@link #setTransferTimeout(int)} says otherwise. */
	public static final int DEFAULT_TIMEOUT_SECONDS = 60;

	private final Git git;
	private final Path folder;
	private final PendingConflicts pending;
	private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

	private GitWorkspace(Repository repository) throws IOException {
		this.git = new Git(repository, true);
		this.folder = repository.getWorkTree().toPath();
		this.pending = new PendingConflicts(folder);
		new RepositorySetup().apply(repository);
	}

	/** Opens the workspace in {@code folder}, making it a Git repository first when it is none. */
	public static GitWorkspace create(Path folder) throws SyncException {
		try {
			if (!Files.isDirectory(folder.resolve(Constants.DOT_GIT))) {
				Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call().close(); //$NON-NLS-1$
			}
			return open(folder);
		} catch (GitAPIException e) {
			throw files(e);
		}
	}

	/** Opens the workspace in {@code folder}, which must be a Git repository. */
	public static GitWorkspace open(Path folder) throws SyncException {
		File gitDir = folder.resolve(Constants.DOT_GIT).toFile();
		if (!gitDir.isDirectory()) {
			throw new SyncException(Reason.NOT_A_REPOSITORY, NLS.bind(Messages.notARepository, folder), null);
		}
		try {
			return new GitWorkspace(new FileRepositoryBuilder().setGitDir(gitDir).setWorkTree(folder.toFile()).setMustExist(true).build());
		} catch (IOException e) {
			throw files(e);
		}
	}

	/** Commits the saved changes as {@code author}; returns whether there were any. */
	public boolean commitSaved(PersonIdent author) throws SyncException {
		try {
			return new SavedChanges().commit(git, author);
		} catch (GitAPIException e) {
			throw files(e);
		}
	}

	/**
	 * Commits the saved changes, fetches from {@code remote} (null: the remote used last time),
	 * merges, commits the merge and pushes; with conflicts nothing is committed or pushed. After a
	 * failed push it fetches again before deciding, since the remote may have taken the push anyway.
	 */
	public SyncResult sync(String remote, CredentialsProvider credentials, PersonIdent author) throws SyncException {
		return sync(remote, credentials, author, NullProgressMonitor.INSTANCE);
	}

	/** {@link #sync(String, CredentialsProvider, PersonIdent)}, reporting the transfers to {@code monitor}; cancelling it stops them. */
	public SyncResult sync(String remote, CredentialsProvider credentials, PersonIdent author, ProgressMonitor monitor) throws SyncException {
		String url = remote(remote);
		List<String> waiting = pendingConflicts();
		if (!waiting.isEmpty()) {
			return new SyncResult(Outcome.CONFLICTS, waiting);
		}
		commitSaved(author);
		Transfers transfers = new Transfers(git, credentials, monitor, timeoutSeconds);
		boolean received = false, merged = false;
		String refusal = null;
		for (int attempt = 0; attempt < PUSH_ATTEMPTS; attempt++) {
			ObjectId theirs = fetch(transfers, url, ORIGIN);
			Integration.Outcome outcome = integrate(theirs, author);
			if (outcome.kind() == Integration.Kind.CONFLICTS) {
				return new SyncResult(Outcome.CONFLICTS, outcome.conflicts());
			}
			received |= outcome.kind() == Integration.Kind.FAST_FORWARD;
			merged |= outcome.kind() == Integration.Kind.MERGED;
			ObjectId head = head();
			if (head == null || head.equals(theirs)) {
				return SyncResult.of(merged ? Outcome.MERGED : received ? Outcome.RECEIVED : Outcome.UP_TO_DATE);
			}
			try {
				refusal = transfers.push(url);
			} catch (GitAPIException e) {
				if (head.equals(fetch(transfers, url, ORIGIN))) {
					return SyncResult.of(merged ? Outcome.MERGED : Outcome.SENT);
				}
				throw new Failures(timeoutSeconds).of(url, e);
			}
			if (refusal == null) {
				return SyncResult.of(merged ? Outcome.MERGED : Outcome.SENT);
			}
		}
		throw new SyncException(Reason.REMOTE, NLS.bind(Messages.pushRejected, url, refusal), null);
	}

	/**
	 * How long a transfer may wait for the remote without receiving anything before it fails with
	 * {@link SyncException.Reason#NO_CONNECTION} (60 s unless set).
	 */
	public void setTransferTimeout(int seconds) {
		if (seconds <= 0) {
			throw new IllegalArgumentException("transfer timeout must be positive: " + seconds); //$NON-NLS-1$
		}
		this.timeoutSeconds = seconds;
	}

	/** Writes everything of the workspace's history into the Git bundle {@code file}, replacing it atomically. */
	public void exportBundle(Path file, PersonIdent author) throws SyncException {
		commitSaved(author);
		Path temporary = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
		try {
			ObjectId head = head();
			if (head == null) {
				throw new SyncException(Reason.FILES, NLS.bind(Messages.filesFailed, folder), null);
			}
			BundleWriter writer = new BundleWriter(git.getRepository());
			writer.include(Transfers.BRANCH, head);
			try (OutputStream out = Files.newOutputStream(temporary)) {
				writer.writeBundle(NullProgressMonitor.INSTANCE, out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw files(e);
		}
	}

	/** Commits the saved changes and merges what the Git bundle {@code file} carries, as {@link #sync} does, without pushing. */
	public SyncResult importBundle(Path file, PersonIdent author) throws SyncException {
		List<String> waiting = pendingConflicts();
		if (!waiting.isEmpty()) {
			return new SyncResult(Outcome.CONFLICTS, waiting);
		}
		commitSaved(author);
		ObjectId theirs = fetch(new Transfers(git, null, timeoutSeconds), file.toAbsolutePath().toString(), "bundle"); //$NON-NLS-1$
		Integration.Outcome outcome = integrate(theirs, author);
		return switch (outcome.kind()) {
		case CONFLICTS -> new SyncResult(Outcome.CONFLICTS, outcome.conflicts());
		case MERGED -> SyncResult.of(Outcome.MERGED);
		case FAST_FORWARD -> SyncResult.of(Outcome.RECEIVED);
		case NOTHING -> SyncResult.of(Outcome.UP_TO_DATE);
		};
	}

	/** The conflicts of the last synchronisation that wait for a person, one line each. */
	public List<String> pendingConflicts() throws SyncException {
		try {
			return pending.read();
		} catch (IOException e) {
			throw files(e);
		}
	}

	/** The pending conflicts of model files in detail (element, feature, both values, who and when); empty when no merge waits. */
	public List<PendingConflict> pendingConflictDetails() throws SyncException {
		try {
			return new ConflictDetails(git.getRepository(), pending).list();
		} catch (IOException e) {
			throw files(e);
		}
	}

	/** The other side's version of the file {@code path} (relative, with '/') in the merge that waits for a person. */
	public Optional<byte[]> theirVersion(String path) throws SyncException {
		try {
			return new ConflictDetails(git.getRepository(), pending).theirVersion(path);
		} catch (IOException e) {
			throw files(e);
		}
	}

	/**
	 * Clones the shared workspace at {@code remote} into {@code folder} (missing or empty) and opens
	 * it; when that fails, a folder that it made is removed again.
	 */
	public static GitWorkspace cloneFrom(String remote, Path folder, CredentialsProvider credentials, ProgressMonitor monitor)
			throws SyncException {
		boolean existed = Files.exists(folder);
		try {
			if (existed && !isEmptyFolder(folder)) {
				throw new SyncException(Reason.FILES, NLS.bind(Messages.folderNotEmpty, folder), null);
			}
			Git.cloneRepository().setURI(remote).setDirectory(folder.toFile()).setBranch(Transfers.BRANCH).setCredentialsProvider(credentials)
					.setTimeout(DEFAULT_TIMEOUT_SECONDS).setProgressMonitor(monitor).call().close();
		} catch (GitAPIException e) {
			removeQuietly(folder, existed);
			throw new Failures(DEFAULT_TIMEOUT_SECONDS).of(remote, e);
		} catch (IOException e) {
			throw files(e);
		}
		GitWorkspace workspace = open(folder);
		workspace.git.getRepository().getConfig().setString(ConfigConstants.CONFIG_REMOTE_SECTION, ORIGIN, ConfigConstants.CONFIG_KEY_URL, remote);
		return workspace;
	}

	/** Deletes what a failed clone left in {@code folder}, and the folder when it did not exist before. */
	private static void removeQuietly(Path folder, boolean keepFolder) {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				if (!keepFolder || !path.equals(folder)) {
					Files.deleteIfExists(path);
				}
			}
		} catch (IOException e) {
			// what is left is named by the failure the caller reports
		}
	}

	/** Records that a person has decided the pending conflicts: the next sync commits the merge with both parents. */
	public void markDecided() throws SyncException {
		try {
			pending.clear();
		} catch (IOException e) {
			throw files(e);
		}
	}

	/** The author that Git's configuration names (user.name and user.email of the repository, the user or the system). */
	public PersonIdent configuredAuthor() {
		return new PersonIdent(git.getRepository());
	}

	/** The remote that {@link #sync} uses when it is given none, if one was set. */
	public Optional<String> remoteUrl() {
		String url = git.getRepository().getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, ORIGIN, ConfigConstants.CONFIG_KEY_URL);
		return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
	}

	/** The folder of the workspace. */
	public Path folder() {
		return folder;
	}

	@Override
	public void close() {
		git.close();
	}

	/** The remote to use, remembered for next time; a folder that holds no repository yet gets an empty one. */
	private String remote(String given) throws SyncException {
		var config = git.getRepository().getConfig();
		String url = given != null ? given : config.getString(ConfigConstants.CONFIG_REMOTE_SECTION, ORIGIN, ConfigConstants.CONFIG_KEY_URL);
		if (url == null || url.isBlank()) {
			throw new SyncException(Reason.NO_REMOTE, NLS.bind(Messages.noRemote, folder), null);
		}
		try {
			if (given != null) {
				config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, ORIGIN, ConfigConstants.CONFIG_KEY_URL, given);
				config.save();
			}
			if (!url.contains("://") && !Files.isDirectory(Path.of(url).resolve("objects")) //$NON-NLS-1$ //$NON-NLS-2$
					&& (!Files.exists(Path.of(url)) || isEmptyFolder(Path.of(url)))) {
				Git.init().setBare(true).setDirectory(new File(url)).setInitialBranch("main").call().close(); //$NON-NLS-1$
			}
		} catch (IOException | GitAPIException e) {
			throw files(e);
		}
		return url;
	}

	private static boolean isEmptyFolder(Path path) throws IOException {
		try (var entries = Files.list(path)) {
			return Files.isDirectory(path) && entries.findAny().isEmpty();
		}
	}

	private ObjectId fetch(Transfers transfers, String source, String name) throws SyncException {
		try {
			return transfers.fetch(source, name);
		} catch (TransportException | org.eclipse.jgit.api.errors.InvalidRemoteException e) {
			throw new Failures(timeoutSeconds).of(source, e);
		} catch (GitAPIException | IOException e) {
			throw e.getCause() instanceof NotSupportedException ? new Failures(timeoutSeconds).of(source, e) : files(e);
		}
	}

	private Integration.Outcome integrate(ObjectId theirs, PersonIdent author) throws SyncException {
		try {
			return new Integration(git, pending).integrate(theirs, author);
		} catch (IOException | GitAPIException e) {
			throw files(e);
		}
	}

	private ObjectId head() throws SyncException {
		try {
			return git.getRepository().resolve(Constants.HEAD);
		} catch (IOException e) {
			throw files(e);
		}
	}

	private static SyncException files(Exception e) {
		return new SyncException(Reason.FILES, NLS.bind(Messages.filesFailed, e.getMessage()), e);
	}
}
