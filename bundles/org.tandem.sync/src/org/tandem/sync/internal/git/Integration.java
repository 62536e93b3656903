package org.tandem.sync.internal.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * Brings a commit of the other side into the workspace, whose saved changes are all committed: a
 * fast-forward when we have nothing new, the model-aware merge committed with both parents when
 * there is no conflict, and otherwise the merged files in the workspace, the other side's commit
 * recorded as Git's MERGE_HEAD, the conflicts in {@code .metadata/sync/conflicts.txt} and nothing
 * committed.
 */
public final class Integration {

	/** What integrating did. */
	public enum Kind {
		NOTHING, FAST_FORWARD, MERGED, CONFLICTS
	}

	/** What integrating did, and the conflicts that wait for a person. */
	public record Outcome(Kind kind, List<String> conflicts) {
	}

	private final Git git;
	private final Repository repository;
	private final PendingConflicts pending;

	public Integration(Git git, PendingConflicts pending) {
		this.git = git;
		this.repository = git.getRepository();
		this.pending = pending;
	}

	/** Integrates {@code theirsId} (null when the other side has nothing yet), merging as {@code author}. */
	public Outcome integrate(ObjectId theirsId, PersonIdent author) throws IOException, GitAPIException {
		ObjectId oursId = repository.resolve(Constants.HEAD);
		if (theirsId == null || theirsId.equals(oursId)) {
			return new Outcome(Kind.NOTHING, List.of());
		}
		if (oursId == null) {
			git.reset().setMode(ResetType.HARD).setRef(theirsId.name()).call();
			return new Outcome(Kind.FAST_FORWARD, List.of());
		}
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit ours = walk.parseCommit(oursId);
			RevCommit theirs = walk.parseCommit(theirsId);
			if (walk.isMergedInto(theirs, ours)) {
				return new Outcome(Kind.NOTHING, List.of());
			}
			if (walk.isMergedInto(ours, theirs)) {
				git.reset().setMode(ResetType.HARD).setRef(theirsId.name()).call();
				return new Outcome(Kind.FAST_FORWARD, List.of());
			}
			RevCommit base = mergeBase(walk, ours, theirs);
			TreeMerge.Result merged = new TreeMerge(repository, pending.scratch()).merge(base, ours, theirs);
			if (merged.conflicts().isEmpty()) {
				ObjectId commit = commit(merged.tree(), author, ours, theirs);
				git.reset().setMode(ResetType.HARD).setRef(commit.name()).call();
				return new Outcome(Kind.MERGED, List.of());
			}
			DirCacheCheckout checkout = new DirCacheCheckout(repository, ours.getTree(), repository.lockDirCache(), merged.tree());
			checkout.setFailOnConflict(true);
			checkout.checkout();
			repository.writeMergeHeads(List.of(theirs));
			repository.writeMergeCommitMsg("Merge with the shared workspace\n"); //$NON-NLS-1$
			pending.write(merged.conflicts());
			return new Outcome(Kind.CONFLICTS, merged.conflicts());
		}
	}

	/** The newest common ancestor of two commits, or null when they share no history. */
	static RevCommit mergeBase(RevWalk walk, RevCommit ours, RevCommit theirs) throws IOException {
		walk.reset();
		walk.setRevFilter(RevFilter.MERGE_BASE);
		walk.markStart(ours);
		walk.markStart(theirs);
		RevCommit base = walk.next();
		walk.reset();
		walk.setRevFilter(RevFilter.ALL);
		return base == null ? null : walk.parseCommit(base);
	}

	private ObjectId commit(ObjectId tree, PersonIdent author, RevCommit ours, RevCommit theirs) throws IOException {
		CommitBuilder commit = new CommitBuilder();
		commit.setTreeId(tree);
		commit.setParentIds(ours, theirs);
		commit.setAuthor(author);
		commit.setCommitter(author);
		commit.setEncoding(StandardCharsets.UTF_8);
		commit.setMessage("Merge with the shared workspace\n"); //$NON-NLS-1$
		ObjectId id;
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			id = inserter.insert(commit);
			inserter.flush();
		}
		RefUpdate update = repository.updateRef(Constants.HEAD);
		update.setNewObjectId(id);
		update.setExpectedOldObjectId(ours);
		update.setRefLogMessage("merge (Tandem)", false); //$NON-NLS-1$
		RefUpdate.Result result = update.update();
		if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED) {
			throw new IOException("HEAD could not be moved to the merge: " + result); //$NON-NLS-1$
		}
		return id;
	}

}
