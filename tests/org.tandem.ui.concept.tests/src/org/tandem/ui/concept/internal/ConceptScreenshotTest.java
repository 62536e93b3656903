package org.tandem.ui.concept.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Concept;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.ui.concept.internal.text.Languages;

/** The concept editor in the run's language (en, then de and zh in their own runs), as pictures. */
@Tag("screenshots")
class ConceptScreenshotTest {

	@Test
	void conceptEditorInTheRunsLanguage(@TempDir Path folder) throws Exception {
		String expected = Map.of("de", "Erwartete Wirkung", "zh", "预期影响", "en", "Expected impact").get(Locale.getDefault().getLanguage());
		assertEquals(expected, Messages.section_expectedImpact, "the messages follow the run's language");
		ConceptPreferences.ofWorkspace().setLanguages(Languages.ALL);
		try (EditorHarness harness = new EditorHarness(folder, 1400, 1000)) {
			Concept concept = DemoConcepts.wasteHeat(harness.workspace());
			ConceptEditorPart editor = harness.open(ConceptEditorPart.class, concept);
			Path top = Screenshots.save(harness.shell(), "concept-editor");
			assertTrue(Files.size(top) > 1000, top.toString());
			editor.reveal(concept.getComments().get(0));
			Path review = Screenshots.save(harness.shell(), "concept-review");
			assertTrue(Files.size(review) > 1000, review.toString());
		}
	}
}
