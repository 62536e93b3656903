package org.tandem.sync.api.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.persistence.ModelResourceFactory;
import org.tandem.sync.api.git.SyncException.Reason;
import org.tandem.sync.api.git.SyncException;
import org.tandem.sync.internal.git.HistoricModels;

/**
 * The history of a workspace shared through Git, on the model: its commits newest first (merges
 * left out: what they bring in shows in the commits they merge), the changes each made to model
 * files element by element, the changes between any two commits, and a file as it was in one.
 *
 * @since 0.1
 */
public final class History implements AutoCloseable {

	private static final String MODELS = "." + ModelResourceFactory.EXTENSION; //$NON-NLS-1$

	private final Repository repository;
	private final HistoricModels models;
	private final ModelDiff diff = new ModelDiff();

	private History(Repository repository, Path folder) {
		this.repository = repository;
		this.models = new HistoricModels(folder);
	}

	/** The history of the workspace in {@code folder}, which must be shared through Git. */
	public static History of(Path folder) throws SyncException {
		java.io.File gitDir = folder.resolve(Constants.DOT_GIT).toFile();
		if (!gitDir.isDirectory()) {
			throw new SyncException(Reason.NOT_A_REPOSITORY, NLS.bind(Messages.notShared, folder), null);
		}
		try {
			return new History(new FileRepositoryBuilder().setGitDir(gitDir).setWorkTree(folder.toFile()).setMustExist(true).build(), folder);
		} catch (IOException e) {
			throw new SyncException(Reason.FILES, e.getMessage(), e);
		}
	}

	/** The newest {@code limit} commits that changed model files, newest first; merges are left out. */
	public List<Revision> revisions(int limit) throws IOException {
		List<Revision> found = new ArrayList<>();
		ObjectId head = repository.resolve(Constants.HEAD);
		if (head == null) {
			return found;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(head));
			for (RevCommit commit : walk) {
				if (found.size() >= limit) {
					break;
				}
				if (commit.getParentCount() <= 1) {
					found.add(revision(commit));
				}
			}
		}
		return found;
	}

	/** What {@code revision} changed in model files, against the commit before it. */
	public List<FileChanges> changes(Revision revision) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit commit = walk.parseCommit(ObjectId.fromString(revision.id()));
			RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
			return compare(parent, commit);
		}
	}

	/** The changes of model files from the commit {@code older} to the commit {@code newer}. */
	public List<FileChanges> compare(String older, String newer) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			return compare(walk.parseCommit(ObjectId.fromString(older)), walk.parseCommit(ObjectId.fromString(newer)));
		}
	}

	/** The model file {@code path} as it was in {@code revision}, if it existed then. */
	public Optional<byte[]> file(String revision, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
			return blob(reader, walk.parseCommit(ObjectId.fromString(revision)), path);
		}
	}

	/** Reads the model file {@code path} as it was in {@code revision} (empty: before the first); an empty resource when it did not exist then. */
	public Resource model(String revision, String path) throws IOException {
		return models.read(path, revision.isEmpty() ? null : file(revision, path).orElse(null));
	}

	private List<FileChanges> compare(RevCommit older, RevCommit newer) throws IOException {
		List<FileChanges> files = new ArrayList<>();
		try (ObjectReader reader = repository.newObjectReader(); DiffFormatter differ = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
			differ.setRepository(repository);
			differ.setPathFilter(PathSuffixFilter.create(MODELS));
			for (DiffEntry entry : differ.scan(older == null ? null : older.getTree(), newer.getTree())) {
				String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
				Resource before = models.read(path, older == null ? null : blob(reader, older, path).orElse(null));
				Resource after = models.read(path, blob(reader, newer, path).orElse(null));
				List<ModelChange> changes = diff.compare(before, after);
				if (!changes.isEmpty()) {
					files.add(new FileChanges(path, changes));
				}
			}
		}
		return files;
	}

	private static Optional<byte[]> blob(ObjectReader reader, RevCommit commit, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
			return walk == null ? Optional.empty() : Optional.of(reader.open(walk.getObjectId(0)).getBytes(Integer.MAX_VALUE));
		}
	}

	private static Revision revision(RevCommit commit) {
		return new Revision(commit.getName(), commit.getAuthorIdent().getName(), commit.getAuthorIdent().getWhenAsInstant(),
				commit.getShortMessage(), commit.getParentCount() == 0 ? "" : commit.getParent(0).getName()); //$NON-NLS-1$
	}

	@Override
	public void close() {
		repository.close();
	}
}
