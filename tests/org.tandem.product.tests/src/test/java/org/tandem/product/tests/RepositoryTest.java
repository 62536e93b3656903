package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The p2 repository that extenders build against holds Tandem and everything Tandem needs. */
class RepositoryTest {

	private static final Path REPOSITORY = Path.of(System.getProperty("tandem.repository"));

	@Test
	void holdsTandemsFeatureAndBundlesAndTheirRuntime() throws IOException {
		assertTrue(Files.isRegularFile(REPOSITORY.resolve("content.jar")) || Files.isRegularFile(REPOSITORY.resolve("content.xml.xz")),
				"p2 metadata in " + REPOSITORY);
		assertTrue(Files.isRegularFile(REPOSITORY.resolve("artifacts.jar")) || Files.isRegularFile(REPOSITORY.resolve("artifacts.xml.xz")),
				"p2 artifact index in " + REPOSITORY);
		List<String> features = names(REPOSITORY.resolve("features"));
		List<String> plugins = names(REPOSITORY.resolve("plugins"));
		assertTrue(features.stream().anyMatch(f -> f.startsWith("org.tandem.app.feature_")), features.toString());
		for (String bundle : List.of("org.tandem.app_", "org.eclipse.swt_", "org.eclipse.e4.ui.workbench.swt_", "org.eclipse.emf.ecore_")) {
			assertTrue(plugins.stream().anyMatch(p -> p.startsWith(bundle)), bundle + " in " + plugins);
		}
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
