package org.tandem.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.SyntheticWorkspace;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.sync.api.merge.MergeResult;
import org.tandem.sync.api.merge.ModelMerge;
import org.tandem.sync.internal.demo.RandomEdits;

/**
 * Measures the merge of two edited copies of a synthetic plan: one in a hundred elements edited on
 * each side ({@link RandomEdits}, never the same element on both), merged in processor time; the
 * measurement fails when the merge loses an edit or reports a conflict. The same three files are
 * then merged as text by the real {@code git merge-file --diff3} ({@link GitMergeFile}) in the same
 * run, for its conflict hunks and time beside Tandem's.
 */
final class MergeBenchmark {

	record Figures(long elements, int editsPerSide, double loadMillis, double mergeMillis, int conflicts, int gitHunks, double gitMillis) {
	}

	private static final long GIT_TIMEOUT_SECONDS = 300;

	private final Stopwatch stopwatch;

	MergeBenchmark(Stopwatch stopwatch) {
		this.stopwatch = stopwatch;
	}

	Figures measure(int planElements) throws Exception {
		Path folder = Files.createTempDirectory("tandem-merge-benchmark"); //$NON-NLS-1$
		try {
			Path plan = new SyntheticWorkspace(1).generatePlan(folder, planElements);
			ModelFiles files = new ModelFiles();
			long loadStart = System.nanoTime();
			XMLResource base = files.load(ModelWorkspace.newResourceSet(), plan);
			double loadMillis = (System.nanoTime() - loadStart) / 1e6;
			XMLResource ours = files.load(ModelWorkspace.newResourceSet(), plan);
			XMLResource theirs = files.load(ModelWorkspace.newResourceSet(), plan);
			int edits = Math.max(1, planElements / 100);
			List<RandomEdits.Edit> expected = new RandomEdits(1).apply((ImplementationPlan) ours.getContents().get(0),
					(ImplementationPlan) theirs.getContents().get(0), edits);
			MergeResult[] last = new MergeResult[1];
			XMLResource[] merged = new XMLResource[1];
			double millis = stopwatch.on(Stopwatch.PROCESSOR).medianMillis(() -> {
				merged[0] = ModelFiles.newResource(ModelWorkspace.newResourceSet(), plan);
				last[0] = new ModelMerge().merge(base, ours, theirs, merged[0]);
			});
			if (!last[0].clean()) {
				throw new IllegalStateException("the merge of edits on different elements found conflicts: " + last[0].conflicts()); //$NON-NLS-1$
			}
			for (RandomEdits.Edit edit : expected) {
				if (!edit.heldIn(merged[0]::getEObject)) {
					throw new IllegalStateException("the merge lost an edit: " + edit); //$NON-NLS-1$
				}
			}
			Path oursFile = folder.resolve("ours.tandem"); //$NON-NLS-1$
			Path theirsFile = folder.resolve("theirs.tandem"); //$NON-NLS-1$
			files.save(ours, oursFile);
			files.save(theirs, theirsFile);
			GitMergeFile.Outcome git = new GitMergeFile(GIT_TIMEOUT_SECONDS).merge(plan, oursFile, theirsFile);
			return new Figures(LoadBenchmark.count(base.getContents()), edits, loadMillis, millis, last[0].conflicts().size(), git.hunks(),
					git.millis());
		} finally {
			BenchmarkCommand.delete(folder);
		}
	}
}
