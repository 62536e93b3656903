package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.sync.api.merge.Conflict;
import org.tandem.sync.api.merge.MergeException;
import org.tandem.sync.api.merge.MergeResult;
import org.tandem.sync.api.merge.ModelMerge;

/**
 * The three-way merge of three model files, as the {@code merge} and {@code merge-driver} commands
 * do it: each file read with Tandem's loader (an empty base stands for a file that both sides
 * added), the result made for the output file and written as Tandem saves, conflicts one a line.
 */
final class ModelFileMerge {

	/** An input that cannot be merged; the message names the file and what is wrong with it. */
	static final class BadInput extends Exception {
		private static final long serialVersionUID = 1L;

		BadInput(String message) {
			super(message);
		}
	}

	private final ModelFiles files = new ModelFiles();
	private XMLResource merged;
	private MergeResult result;

	/** Merges {@code ours} and {@code theirs}, versions of {@code base}, for the file {@code output}. */
	MergeResult merge(Path base, Path ours, Path theirs, Path output) throws BadInput {
		XMLResource b = read(base, true);
		XMLResource o = read(ours, false);
		XMLResource t = read(theirs, false);
		merged = ModelFiles.newResource(ModelWorkspace.newResourceSet(), output);
		try {
			result = new ModelMerge().merge(b, o, t, merged);
		} catch (MergeException e) {
			throw new BadInput(e.getMessage());
		}
		return result;
	}

	/** The merged model's bytes, as Tandem saves a model file. */
	byte[] bytes() throws IOException {
		return ModelFiles.serialize(merged);
	}

	/** Writes each conflict in one line, after {@code prefix}. */
	void list(java.io.PrintStream out, String prefix) {
		for (Conflict conflict : result.conflicts()) {
			out.println(prefix + conflict.message());
		}
	}

	private XMLResource read(Path file, boolean mayBeEmpty) throws BadInput {
		try {
			if (mayBeEmpty && Files.isRegularFile(file) && Files.size(file) == 0) {
				return ModelFiles.newResource(ModelWorkspace.newResourceSet(), file);
			}
			return files.load(ModelWorkspace.newResourceSet(), file);
		} catch (IOException e) {
			throw new BadInput(e.getMessage());
		}
	}
}
