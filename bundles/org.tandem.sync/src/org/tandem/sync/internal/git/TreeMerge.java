package org.tandem.sync.internal.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.persistence.ModelResourceFactory;
import org.tandem.sync.api.merge.MergeException;

/**
 * The three-way merge of two commits' trees, file by file: a file that only one side changed
 * (added, changed or deleted) is taken from that side; a model file that both changed is merged on
 * the model; any other file that both changed keeps our version and is a conflict. The result is a
 * tree written into the repository, and the conflicts one line each ("path: conflict").
 */
public final class TreeMerge {

	/** The merged tree and what waits for a person. */
	public record Result(ObjectId tree, List<String> conflicts) {
	}

	private final Repository repository;
	private final ModelBlobMerge models;

	public TreeMerge(Repository repository, Path scratch) {
		this.repository = repository;
		this.models = new ModelBlobMerge(scratch);
	}

	/** Merges {@code ours} and {@code theirs}, which grew from {@code base} (null when they share no history). */
	public Result merge(RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
		List<String> conflicts = new ArrayList<>();
		DirCache merged = DirCache.newInCore();
		DirCacheBuilder builder = merged.builder();
		try (ObjectReader reader = repository.newObjectReader(); ObjectInserter inserter = repository.newObjectInserter();
				TreeWalk walk = new TreeWalk(repository, reader)) {
			walk.setRecursive(true);
			if (base == null) {
				walk.addTree(new EmptyTreeIterator());
			} else {
				walk.addTree(base.getTree());
			}
			walk.addTree(ours.getTree());
			walk.addTree(theirs.getTree());
			while (walk.next()) {
				String path = walk.getPathString();
				ObjectId b = walk.getObjectId(0), o = walk.getObjectId(1), t = walk.getObjectId(2);
				int side = choose(b, o, t);
				if (side >= 0) {
					keep(builder, walk, side);
				} else if (!present(o) || !present(t)) {
					conflicts.add(NLS.bind(Messages.changedDeleted, path));
					keep(builder, walk, present(o) ? 1 : 2);
				} else if (path.endsWith("." + ModelResourceFactory.EXTENSION)) { //$NON-NLS-1$
					mergeModel(builder, inserter, reader, walk, conflicts);
				} else {
					conflicts.add(NLS.bind(Messages.bothChanged, path));
					keep(builder, walk, 1);
				}
			}
			builder.finish();
			ObjectId tree = merged.writeTree(inserter);
			inserter.flush();
			return new Result(tree, conflicts);
		}
	}

	/** The side to take as it is (1 ours, 2 theirs), or -1 when both changed the file differently. */
	private static int choose(ObjectId base, ObjectId ours, ObjectId theirs) {
		if (ours.equals(theirs) || base.equals(theirs)) {
			return 1;
		}
		return base.equals(ours) ? 2 : -1;
	}

	private void mergeModel(DirCacheBuilder builder, ObjectInserter inserter, ObjectReader reader, TreeWalk walk, List<String> conflicts)
			throws IOException {
		String path = walk.getPathString();
		ObjectId b = walk.getObjectId(0);
		try {
			ModelBlobMerge.Merged result = models.merge(path, present(b) ? reader.open(b).getBytes(Integer.MAX_VALUE) : null,
					reader.open(walk.getObjectId(1)).getBytes(Integer.MAX_VALUE), reader.open(walk.getObjectId(2)).getBytes(Integer.MAX_VALUE));
			for (String conflict : result.conflicts()) {
				conflicts.add(path + ": " + conflict); //$NON-NLS-1$
			}
			add(builder, path, FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB, result.bytes()));
		} catch (MergeException | IOException e) {
			conflicts.add(NLS.bind(Messages.notAModel, path, e.getMessage()));
			keep(builder, walk, 1);
		}
	}

	private static void keep(DirCacheBuilder builder, TreeWalk walk, int side) {
		if (present(walk.getObjectId(side))) {
			add(builder, walk.getPathString(), walk.getFileMode(side), walk.getObjectId(side));
		}
	}

	private static void add(DirCacheBuilder builder, String path, FileMode mode, ObjectId blob) {
		DirCacheEntry entry = new DirCacheEntry(path);
		entry.setFileMode(mode);
		entry.setObjectId(blob);
		builder.add(entry);
	}

	static boolean present(ObjectId id) {
		return !ObjectId.zeroId().equals(id);
	}
}
