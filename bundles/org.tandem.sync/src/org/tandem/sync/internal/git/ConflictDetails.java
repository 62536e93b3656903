package org.tandem.sync.internal.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.tandem.core.api.persistence.ModelResourceFactory;
import org.tandem.sync.api.git.PendingConflict.Change;
import org.tandem.sync.api.git.PendingConflict;
import org.tandem.sync.api.merge.Conflict;
import org.tandem.sync.api.merge.MergeException;

/**
 * The conflicts of a merge that waits for a person (Git's MERGE_HEAD is set), in detail: the model
 * files that both sides changed are merged again from the repository's three versions, and each
 * conflict gets who changed the file last on each side and when.
 */
public final class ConflictDetails {

	private final Repository repository;
	private final Path scratch;

	public ConflictDetails(Repository repository, PendingConflicts pending) {
		this.repository = repository;
		this.scratch = pending.scratch();
	}

	/** The conflicts in detail, in the order of the files; empty when no merge waits. */
	public List<PendingConflict> list() throws IOException {
		ObjectId theirsId = theirsId();
		ObjectId oursId = repository.resolve(Constants.HEAD);
		List<PendingConflict> found = new ArrayList<>();
		if (theirsId == null || oursId == null) {
			return found;
		}
		try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
			RevCommit ours = walk.parseCommit(oursId);
			RevCommit theirs = walk.parseCommit(theirsId);
			RevCommit base = Integration.mergeBase(walk, ours, theirs);
			ModelBlobMerge models = new ModelBlobMerge(scratch);
			for (String path : bothChangedModels(base, ours, theirs)) {
				Optional<byte[]> b = base == null ? Optional.empty() : blob(reader, base, path);
				try {
					ModelBlobMerge.Merged merged = models.merge(path, b.orElse(null), blob(reader, ours, path).orElseThrow(),
							blob(reader, theirs, path).orElseThrow());
					Change mine = lastChange(ours, base, path);
					Change other = lastChange(theirs, base, path);
					for (Conflict conflict : merged.details()) {
						found.add(new PendingConflict(path, conflict, mine, other));
					}
				} catch (MergeException e) {
					// not a model on one side: the pending list names it; there is nothing to show in detail
				}
			}
		}
		return found;
	}

	/** The other side's version of {@code path} in the waiting merge, if there is a merge and the file is in it. */
	public Optional<byte[]> theirVersion(String path) throws IOException {
		ObjectId theirsId = theirsId();
		if (theirsId == null) {
			return Optional.empty();
		}
		try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
			return blob(reader, walk.parseCommit(theirsId), path);
		}
	}

	private ObjectId theirsId() throws IOException {
		List<ObjectId> heads = repository.readMergeHeads();
		return heads == null || heads.isEmpty() ? null : heads.get(0);
	}

	private List<String> bothChangedModels(RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
		List<String> paths = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.setRecursive(true);
			if (base == null) {
				walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
			} else {
				walk.addTree(base.getTree());
			}
			walk.addTree(ours.getTree());
			walk.addTree(theirs.getTree());
			while (walk.next()) {
				ObjectId b = walk.getObjectId(0), o = walk.getObjectId(1), t = walk.getObjectId(2);
				boolean model = walk.getPathString().endsWith("." + ModelResourceFactory.EXTENSION); //$NON-NLS-1$
				if (model && !o.equals(b) && !t.equals(b) && !o.equals(t) && TreeMerge.present(o) && TreeMerge.present(t)) {
					paths.add(walk.getPathString());
				}
			}
		}
		return paths;
	}

	private static Optional<byte[]> blob(ObjectReader reader, RevCommit commit, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
			return walk == null ? Optional.empty() : Optional.of(reader.open(walk.getObjectId(0)).getBytes(Integer.MAX_VALUE));
		}
	}

	/** The newest commit from {@code tip} back to {@code base} that changed {@code path}. */
	private Change lastChange(RevCommit tip, RevCommit base, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			walk.setTreeFilter(org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(PathFilterGroup.createFromStrings(path),
					org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF));
			walk.markStart(walk.parseCommit(tip));
			if (base != null) {
				walk.markUninteresting(walk.parseCommit(base));
			}
			RevCommit last = walk.next();
			RevCommit commit = last != null ? last : tip;
			return new Change(commit.getAuthorIdent().getName(), commit.getAuthorIdent().getWhenAsInstant());
		}
	}

}
