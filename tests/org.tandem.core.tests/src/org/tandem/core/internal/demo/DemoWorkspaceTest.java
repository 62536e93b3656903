package org.tandem.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.validation.ModelValidation;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.Partnership;

class DemoWorkspaceTest {

	@TempDir
	Path folder;

	@Test
	void theDemoLoadsWithoutErrorsAndShowsStaleTranslations() throws IOException {
		DemoWorkspace.create(folder);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		assertEquals(List.of(), workspace.problems());
		assertEquals(4, workspace.models().size());
		Diagnostic problems = new ModelValidation().validate(workspace.roots());
		List<Diagnostic> errors = problems.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).toList();
		assertEquals(List.of(), errors.stream().map(Diagnostic::getMessage).toList());
		assertTrue(problems.getChildren().stream().anyMatch(d -> d.getSeverity() == Diagnostic.WARNING), "some translations are stale on purpose");
	}

	@Test
	void theRhineNeckarPlanSpansFiveYearsOfMilestonesWithBaselines() throws IOException {
		DemoWorkspace.create(folder);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		Partnership rhineNeckar = (Partnership) workspace.roots().stream().filter(Partnership.class::isInstance)
				.filter(p -> ((Partnership) p).getName().getText("zh").contains("乌鲁木齐")).findFirst().orElseThrow();
		assertEquals(2, rhineNeckar.getTaskGroups().size());
		assertEquals("energy-efficiency", rhineNeckar.getTaskGroups().get(0).getDomain());
		assertEquals("water-resources", rhineNeckar.getTaskGroups().get(1).getDomain());
		ImplementationPlan water = (ImplementationPlan) workspace.roots().stream().filter(ImplementationPlan.class::isInstance)
				.filter(p -> ((ImplementationPlan) p).getTaskGroup() == rhineNeckar.getTaskGroups().get(1)).findFirst().orElseThrow();
		List<Milestone> milestones = new java.util.ArrayList<>();
		water.eAllContents().forEachRemaining(e -> {
			if (e instanceof Milestone m) {
				milestones.add(m);
			}
		});
		assertEquals(4, milestones.size());
		assertTrue(milestones.get(milestones.size() - 1).getPlanned().getYear() - milestones.get(0).getPlanned().getYear() >= 4);
		assertEquals(2, water.getBaselines().size());
		assertTrue(milestones.stream().allMatch(m -> m.getBaselineDates().size() == 2));
	}

	@Test
	void theDemoResavesByteIdenticalAndGoesOnlyIntoAnEmptyWorkspace() throws IOException {
		DemoWorkspace.create(folder);
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		for (XMLResource model : workspace.models()) {
			Path file = workspace.fileOf(model).orElseThrow();
			byte[] before = Files.readAllBytes(file);
			workspace.save(model);
			assertArrayEquals(before, Files.readAllBytes(file), file.toString());
		}
		assertThrows(IOException.class, () -> DemoWorkspace.create(folder));
	}
}
