package org.tandem.ui.sync.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.tandem.sync.api.history.FileChanges;
import org.tandem.sync.api.history.History;
import org.tandem.sync.api.history.ModelChange;
import org.tandem.sync.api.history.Revision;

/**
 * The rows of the History part: each change of each commit, newest first, for the whole workspace
 * or only those about one element (and what it holds); and the changes between two commits.
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

	HistoryRows(History history) {
		this.history = history;
	}

	/** The commits, newest first. */
	List<Revision> revisions() throws IOException {
		return history.revisions(LIMIT);
	}

	/** The changes of {@code revisions} about the element {@code id} (null: all of them). */
	List<Row> changes(List<Revision> revisions, String id) throws IOException {
		List<Row> rows = new ArrayList<>();
		for (Revision revision : revisions) {
			for (FileChanges file : history.changes(revision)) {
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
