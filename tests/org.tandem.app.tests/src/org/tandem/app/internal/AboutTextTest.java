package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class AboutTextTest {

	@Test
	void namesVersionRuntimeAndWorkspace() {
		AboutText about = new AboutText(new Version(0, 1, 0, "202611230800"), "25.0.1", "Eclipse Adoptium", "Linux",
				"amd64", new WorkspaceFolder(Path.of("/srv/tandem/rhein-neckar")));
		String body = about.body();
		assertTrue(body.startsWith("Tandem 0.1.0.202611230800"), body);
		assertTrue(body.contains("Java 25.0.1 (Eclipse Adoptium)"), body);
		assertTrue(body.contains("Linux amd64"), body);
		assertTrue(body.contains("/srv/tandem/rhein-neckar"), body);
		assertFalse(body.contains("{"), "every placeholder is filled: " + body);
		assertEquals(Messages.about_title, about.title());
	}
}
