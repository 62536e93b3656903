package org.tandem.core.api.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.TandemFactory;

/** New plan files are named after the plan in plain ASCII, and never take a name that a file or model has. */
class PlanFilesTest {

	@TempDir
	Path folder;

	@Test
	void namedAfterThePlanInLowerCaseAscii() {
		assertEquals("umsetzungsplan-wasser-strasse-2026", PlanFiles.slug("Umsetzungsplan – Wasser-Straße 2026"));
		assertEquals("energie-und-materialeffizienz", PlanFiles.slug("  Énergie und Materialeffizienz! "));
		assertEquals("", PlanFiles.slug("水资源管理实施计划"));
		assertEquals("", PlanFiles.slug(null));
	}

	@Test
	void aNameWithoutLatinLettersTakesTheFallbackThenPlan() throws IOException {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		assertEquals("plans/projekt.tandem", PlanFiles.newPath(workspace, "水资源管理实施计划", "Projekt"));
		assertEquals("plans/2026.tandem", PlanFiles.newPath(workspace, "水资源", "2026"));
		assertEquals("plans/plan.tandem", PlanFiles.newPath(workspace, "水资源", "计划"));
		assertEquals("plans/plan.tandem", PlanFiles.newPath(workspace, null, null));
	}

	@Test
	void aTakenNameIsNumberedWhetherAFileOrAModelHasIt() throws IOException {
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		ImplementationPlan first = plan("Water plan");
		PlanFiles.add(workspace, first, "x");
		assertTrue(Files.isRegularFile(folder.resolve("plans/water-plan.tandem")));
		Files.writeString(folder.resolve("plans/water-plan-2.tandem"), "");
		ModelFiles.newResource(workspace.resources(), folder.resolve("plans/water-plan-3.tandem"));

		ImplementationPlan fourth = plan("Water plan");
		PlanFiles.add(workspace, fourth, "x");
		assertEquals(folder.resolve("plans/water-plan-4.tandem"), workspace.fileOf(fourth.eResource()).orElseThrow());
		assertEquals(1, ModelWorkspace.open(folder, new ModelFiles()).models().stream()
				.filter(m -> m.getURI().lastSegment().equals("water-plan-4.tandem")).count(), "saved at once");
	}

	private static ImplementationPlan plan(String englishName) {
		ImplementationPlan plan = TandemFactory.eINSTANCE.createImplementationPlan();
		plan.setName(TandemFactory.eINSTANCE.createLocalizedText());
		plan.getName().setText("en", englishName);
		return plan;
	}
}
