package org.tandem.sync.internal.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RepositoryState;

/**
 * Commits everything saved in the workspace (new, changed and deleted files), with a message that
 * names the files; a merge whose conflicts a person has decided is committed with both parents.
 */
public final class SavedChanges {

	/** Commits the saved changes as {@code author}; returns whether there was anything to commit. */
	public boolean commit(Git git, PersonIdent author) throws GitAPIException {
		git.add().addFilepattern(".").call(); //$NON-NLS-1$
		git.add().addFilepattern(".").setUpdate(true).call(); //$NON-NLS-1$
		boolean merging = git.getRepository().getRepositoryState() == RepositoryState.MERGING_RESOLVED;
		Status status = git.status().call();
		if (status.isClean() && !merging) {
			return false;
		}
		String message = merging ? "Merge with the shared workspace; conflicts decided by " + author.getName() //$NON-NLS-1$
				: "Saved in Tandem: " + subject(status); //$NON-NLS-1$
		git.commit().setAuthor(author).setCommitter(author).setMessage(message + describe(status)).call();
		return true;
	}

	/** The files that changed, up to three by name: "plans/a.tandem, plans/b.tandem" or "5 files". */
	static String subject(Status status) {
		Set<String> all = new TreeSet<>(status.getChanged());
		all.addAll(status.getAdded());
		all.addAll(status.getRemoved());
		return all.size() <= 3 ? String.join(", ", all) : all.size() + " files"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "\n\nChanged: a, b\nAdded: c\nDeleted: d" for the files of {@code status}. */
	static String describe(Status status) {
		List<String> lines = new ArrayList<>();
		add(lines, "Changed: ", status.getChanged()); //$NON-NLS-1$
		add(lines, "Added: ", status.getAdded()); //$NON-NLS-1$
		add(lines, "Deleted: ", status.getRemoved()); //$NON-NLS-1$
		return lines.isEmpty() ? "" : "\n\n" + String.join("\n", lines); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void add(List<String> lines, String label, Set<String> paths) {
		if (!paths.isEmpty()) {
			lines.add(label + String.join(", ", new TreeSet<>(paths))); //$NON-NLS-1$
		}
	}
}
