package org.tandem.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Baseline;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;
import org.tandem.ui.plan.internal.table.PlanColumn;

/** The plan editor on the demo water plan, its first baseline as ghost bars, in the run's language (en, de, zh). */
@Tag("screenshots")
class PlanEditorScreenshotTest {

	@Test
	void theWaterPlanInTheRunsLanguage(@TempDir Path folder) throws Exception {
		String expected = Map.of("de", "Beginn", "zh", "开始", "en", "Start").get(Locale.getDefault().getLanguage());
		assertEquals(expected, PlanColumn.START.title(), "the messages follow the run's language");
		try (EditorHarness harness = new EditorHarness(folder, 1500, 640)) {
			ImplementationPlan plan = PlanEditors.waterPlan(harness);
			PlanEditorPart editor = harness.open(PlanEditorPart.class, plan);
			Baseline visit = plan.getBaselines().get(0);
			editor.toolbar().chooseBaseline(visit);
			editor.chart().setBaseline(visit);
			editor.reveal(PlanEditors.item(plan, 1, 1));
			Ui.settle();
			assertEquals(expected, editor.table().control().getColumn(PlanColumn.START.ordinal()).getText());
			assertEquals(visit, editor.toolbar().selectedBaseline(), "the ghost bars show the first annual visit");
			assertEquals(java.util.List.of(PlanEditors.item(plan, 1, 1)), editor.table().selection());
			Path picture = Screenshots.save(harness.shell(), "plan-editor");
			assertTrue(Files.size(picture) > 10_000, picture.toString());
		}
	}
}
