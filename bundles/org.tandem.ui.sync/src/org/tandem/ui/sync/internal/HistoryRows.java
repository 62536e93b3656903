package org.tandem.ui.sync.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tandem.sync.api.history.FileChanges;
import org.tandem.sync.api.history.History;
import org.tandem.sync.api.history.ModelChange;
import org.tandem.sync.api.history.Revision;

/**
 * The rows of the History part: each change of each commit, newest first, for the whole workspace
 * or only those about one element (and what it holds); and the changes between two commits. What
 * a commit changed never changes, so it is read once and kept in {@code known} (by commit id) for
 * the part's later readings; commits that have dropped out of the newest {@link #LIMIT} are
 * forgotten.
 */
final class HistoryRows {

	/** How many commits the part reads at most. */
	static final int LIMIT = 200;

	/** One change, made in {@code revision}, to the file {@code path}. */
	record Row(Revision revision, String path, ModelChange change) {
		String sentence() {
			return change.sentence(revision.author());
		}
	}

	private final History history;
	private final Map<String, List<FileChanges>> known;

	HistoryRows(History history, Map<String, List<FileChanges>> known) {
		this.history = history;
		this.known = known;
	}

	/** The commits, newest first. */
	List<Revision> revisions() throws IOException {
		return history.revisions(LIMIT);
	}

	/** The changes of {@code revisions} about the element {@code id} (null: all of them). */
	List<Row> changes(List<Revision> revisions, String id) throws IOException {
		List<Row> rows = new ArrayList<>();
		known.keySet().retainAll(revisions.stream().map(Revision::id).toList());
		for (Revision revision : revisions) {
			List<FileChanges> files = known.get(revision.id());
			if (files == null) {
				files = history.changes(revision);
				known.put(revision.id(), files);
			}
			for (FileChanges file : files) {
				for (ModelChange change : file.changes()) {
					if (id == null || change.concerns(id)) {
						rows.add(new Row(revision, file.path(), change));
					}
				}
			}
		}
		return rows;
	}

	/** The changes from {@code older} to {@code newer}, as rows of {@code newer}. */
	List<Row> compare(Revision older, Revision newer) throws IOException {
		List<Row> rows = new ArrayList<>();
		for (FileChanges file : history.compare(older.id(), newer.id())) {
			for (ModelChange change : file.changes()) {
				rows.add(new Row(newer, file.path(), change));
			}
		}
		return rows;
	}
}
