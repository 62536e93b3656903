package org.tandem.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Regenerates into a copy of the model and edit bundles and lists every file in which the copy then differs
 * from the bundles: changed, new or deleted by the generator. Build output ({@code target/}, {@code bin/}) is
 * ignored.
 */
final class UpToDateCheck {

	private final Path bundles;

	UpToDateCheck(Path bundles) {
		this.bundles = bundles;
	}

	List<String> differences() throws IOException {
		Path copy = Files.createTempDirectory("tandem-codegen-check-");
		try {
			Trees.copyBundles(bundles, copy, Set.of());
			new Generation(copy).run();
			return compare(copy);
		} finally {
			Trees.delete(copy);
		}
	}

	private List<String> compare(Path copy) throws IOException {
		Set<Path> files = new TreeSet<>();
		for (String bundle : Generation.BUNDLES) {
			files.addAll(Trees.bundleFiles(bundles, bundle));
			files.addAll(Trees.bundleFiles(copy, bundle));
		}
		List<String> differences = new ArrayList<>();
		for (Path file : files) {
			Path original = bundles.resolve(file);
			Path generated = copy.resolve(file);
			if (!Files.exists(generated)) {
				differences.add("stale: bundles/" + file);
			} else if (!Files.exists(original)) {
				differences.add("missing: bundles/" + file);
			} else if (!Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(generated))) {
				differences.add("changed: bundles/" + file);
			}
		}
		return differences;
	}
}
