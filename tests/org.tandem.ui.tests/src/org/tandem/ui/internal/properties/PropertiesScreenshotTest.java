package org.tandem.ui.internal.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Partnership;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;

/** The properties of an indicator, with a rejected number, in the run's language (en, then de and zh in their own runs). */
@Tag("screenshots")
class PropertiesScreenshotTest {

	@Test
	void propertiesOfAnIndicator(@TempDir Path folder) throws Exception {
		String language = Locale.getDefault().getLanguage();
		assertEquals(Map.of("de", "Deutsch", "zh", "德语", "en", "German").get(language), Messages.properties_language_de,
				"the messages follow the run's language");
		try (EditorHarness harness = new EditorHarness(folder, 760, 560)) {
			Partnership partnership = (Partnership) harness.workspace().roots().stream()
					.filter(r -> r instanceof Partnership p && p.getName().getText("en").startsWith("Rhine-Neckar")).findFirst().orElseThrow();
			Indicator indicator = partnership.getIndicators().get(0);
			harness.context().set(IServiceConstants.ACTIVE_SELECTION, indicator);
			PropertiesPart part = harness.open(PropertiesPart.class, indicator);
			Text year = Ui.find(part.grid(), Text.class, t -> "baselineYear".equals(t.getData(PropertiesPart.FIELD_KEY))).orElseThrow();
			harness.shell().forceActive();
			assertTrue(year.forceFocus());
			year.selectAll();
			Ui.type("20x5");
			Ui.key(SWT.CR, '\r', 0);
			assertTrue(part.problem() != null && part.problem().contains("20x5"), String.valueOf(part.problem()));
			Path picture = Screenshots.save(harness.shell(), "properties");
			assertTrue(Files.size(picture) > 1000, picture.toString());
		}
	}
}
