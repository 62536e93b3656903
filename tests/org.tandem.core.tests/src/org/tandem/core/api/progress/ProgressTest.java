package org.tandem.core.api.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.core.internal.validation.ModelValidation;

/** Loading and validating a workspace report a step per file or root and stop when cancelled. */
class ProgressTest {

	/** Records the steps and cancels after {@code cancelAfter} of them. */
	private static final class Recording implements Progress {
		final List<String> steps = new ArrayList<>();
		int total = -1;
		private final int cancelAfter;

		Recording(int cancelAfter) {
			this.cancelAfter = cancelAfter;
		}

		@Override
		public void begin(String task, int steps) {
			total = steps;
		}

		@Override
		public void step(String detail) {
			steps.add(detail);
		}

		@Override
		public boolean isCancelled() {
			return steps.size() >= cancelAfter;
		}
	}

	@Test
	void openingReportsOneStepPerFile(@TempDir Path folder) throws IOException {
		DemoWorkspace.create(folder);
		Recording progress = new Recording(Integer.MAX_VALUE);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles(), progress);
		assertEquals(4, progress.total);
		assertEquals(List.of("partnerships/rhein-neckar-urumqi.tandem", "partnerships/ruhr-jingjinji.tandem",
				"plans/energie-2024-2028.tandem", "plans/wasser-2024-2028.tandem"), progress.steps.stream().map(s -> s.replace('\\', '/')).toList());
		assertEquals(4, workspace.models().size());
	}

	@Test
	void cancelledOpeningStopsBeforeTheNextFile(@TempDir Path folder) throws IOException {
		DemoWorkspace.create(folder);
		Recording progress = new Recording(2);
		assertThrows(CancellationException.class, () -> ModelWorkspace.open(folder, new ModelFiles(), progress));
		assertEquals(2, progress.steps.size(), "two files read, then it stopped");
	}

	@Test
	void validationReportsOneStepPerRootAndStopsWhenCancelled(@TempDir Path folder) throws IOException {
		DemoWorkspace.create(folder);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		Recording all = new Recording(Integer.MAX_VALUE);
		new ModelValidation().validate(workspace.roots(), all);
		assertEquals(4, all.total);
		assertEquals(4, all.steps.size());
		assertTrue(all.steps.stream().noneMatch(String::isBlank), all.steps.toString());
		assertThrows(CancellationException.class, () -> new ModelValidation().validate(workspace.roots(), new Recording(1)));
	}
}
